using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>
    /// The steps Solution/SdkMessageProcessingSteps ships, read from its files: a test registers what an import
    /// registers, so a route the solution misses is missed here too.
    /// </summary>
    public static class ShippedSteps
    {
        /// <summary>The platform's message ids (the same in every org) of the messages the solution's steps use.</summary>
        private static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"] = "Create",
            ["20bebb1b-ea3e-db11-86a7-000a3a5473e8"] = "Update",
            ["a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"] = "Delete",
            ["1cbebb1b-ea3e-db11-86a7-000a3a5473e8"] = "SetState",
            ["1dbebb1b-ea3e-db11-86a7-000a3a5473e8"] = "SetStateDynamicEntity",
            ["16e7c888-3b24-448b-b7da-ebfe9b681762"] = "Associate",
            ["bdfc191d-fc56-493a-a6b1-cb0c47a22ecc"] = "Disassociate",
        };

        private static List<(string File, XElement Root)>? _files;

        /// <summary>The shipped steps, each with the plug-in instance <paramref name="pluginOf"/> gives for its type name.</summary>
        public static List<Step> Steps(Func<string, IPlugin> pluginOf)
        {
            _files ??= Directory.GetFiles(Path.Combine(RepositoryRoot(), "Solution", "SdkMessageProcessingSteps"), "*.xml")
                .OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, XDocument.Load(f).Root!)).ToList();
            return _files.Select(f => ToStep(f.File, f.Root, pluginOf)).ToList();
        }

        private static Step ToStep(string file, XElement root, Func<string, IPlugin> pluginOf)
        {
            string Text(string name) => root.Element(name)?.Value.Trim() ?? string.Empty;
            string[]? List(string? text) => string.IsNullOrEmpty(text) ? null : text!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var messageId = Text("SdkMessageId");
            if (!Messages.TryGetValue(messageId, out var message))
            {
                throw new InvalidDataException(file + ": unknown message id " + messageId);
            }

            var entity = Text("PrimaryEntity");
            var image = root.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage").FirstOrDefault();
            return new Step(
                pluginOf(Text("PluginTypeName").Split(',')[0].Trim()),
                message,
                entity.Length == 0 || entity == "none" ? null : entity,
                int.Parse(Text("Stage"), System.Globalization.CultureInfo.InvariantCulture),
                Text("Mode") == "1",
                image?.Attribute("Name")?.Value,
                List(image?.Element("Attributes")?.Value),
                List(Text("FilteringAttributes")));
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "Solution", "SdkMessageProcessingSteps")))
                {
                    return dir.FullName;
                }
            }
            throw new DirectoryNotFoundException("Solution/SdkMessageProcessingSteps above " + AppContext.BaseDirectory);
        }
    }
}
