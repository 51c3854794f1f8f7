using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

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

        public sealed class Shipped
        {
            public Shipped(string pluginType, string message, string? entity, int stage, bool asynchronous, string? preImage, IReadOnlyCollection<string>? preImageColumns, IReadOnlyCollection<string>? filtering)
            {
                PluginType = pluginType;
                Message = message;
                Entity = entity;
                Stage = stage;
                Asynchronous = asynchronous;
                PreImage = preImage;
                PreImageColumns = preImageColumns;
                Filtering = filtering;
            }

            public string PluginType { get; }
            public string Message { get; }
            public string? Entity { get; }
            public int Stage { get; }
            public bool Asynchronous { get; }
            public string? PreImage { get; }
            public IReadOnlyCollection<string>? PreImageColumns { get; }
            public IReadOnlyCollection<string>? Filtering { get; }
        }

        private static List<Shipped>? _all;

        public static IReadOnlyList<Shipped> All => _all ??= Read();

        private static List<Shipped> Read()
        {
            var folder = Path.Combine(RepositoryRoot(), "Solution", "SdkMessageProcessingSteps");
            var steps = new List<Shipped>();
            foreach (var file in Directory.GetFiles(folder, "*.xml").OrderBy(f => f, StringComparer.Ordinal))
            {
                var root = XDocument.Load(file).Root!;
                string Text(string name) => root.Element(name)?.Value.Trim() ?? string.Empty;
                var messageId = Text("SdkMessageId");
                if (!Messages.TryGetValue(messageId, out var message)) throw new InvalidDataException(file + ": unknown message id " + messageId);
                var entity = Text("PrimaryEntity");
                var filtering = Text("FilteringAttributes");
                var image = root.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage").FirstOrDefault();
                steps.Add(new Shipped(
                    Text("PluginTypeName").Split(',')[0].Trim(),
                    message,
                    entity.Length == 0 || entity == "none" ? null : entity,
                    int.Parse(Text("Stage"), System.Globalization.CultureInfo.InvariantCulture),
                    Text("Mode") == "1",
                    image?.Attribute("Name")?.Value,
                    image?.Element("Attributes")?.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    filtering.Length == 0 ? null : filtering.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            }
            return steps;
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "Solution", "SdkMessageProcessingSteps"))) return dir.FullName;
            }
            throw new DirectoryNotFoundException("Solution/SdkMessageProcessingSteps above " + AppContext.BaseDirectory);
        }
    }
}
