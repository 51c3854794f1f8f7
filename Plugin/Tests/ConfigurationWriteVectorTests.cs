using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;
using TeamSync.Plugins.Tests.Fakes;
using Xunit;

namespace TeamSync.Plugins.Tests
{
    /// <summary>
    /// Record writes → configuration: every vector of tests/vectors-writes through <see cref="ConfigurationChange.ApplyTo"/>,
    /// each write as the plugin's steps see it (Target, EntityMoniker and State). tests/configurationWrites runs the same
    /// files through the editor's save and preview and the playground's Dataverse, so the three cannot drift apart.
    /// </summary>
    public sealed class ConfigurationWriteVectorTests
    {
        private static readonly IReadOnlyDictionary<string, string> LookupTargets = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Schema.Group.ParentTeam] = Schema.Team.Entity,
            [Schema.Member.Group] = Schema.Group.Entity,
            [Schema.Member.ChildTeam] = Schema.Team.Entity,
            [Schema.Member.RequiredRole] = Schema.Role.Entity,
        };

        private static readonly ISet<string> Choices = new HashSet<string>(StringComparer.Ordinal) { Schema.Group.Direction, Schema.StateCode };

        public static IEnumerable<object[]> Files() => Directory.GetFiles(VectorsDirectory(), "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

        [Fact]
        public void TheVectorsAreThere()
        {
            Assert.True(Files().Count() >= 10);
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void ApplyToLeavesTheVectorsConfiguration(string file)
        {
            using var vector = JsonDocument.Parse(File.ReadAllText(Path.Combine(VectorsDirectory(), file)));
            var root = vector.RootElement;
            var roleRoots = root.GetProperty("roles").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("root").GetString()!, StringComparer.Ordinal);
            var model = new SyncModel { Configs = ReadConfigurations(root.GetProperty("before"), roleRoots) };

            foreach (var write in root.GetProperty("writes").EnumerateArray())
            {
                var change = ConfigurationChange.From(ContextOf(write));
                Assert.NotNull(change);
                model = change!.ApplyTo(model, roleRoots, out _);
            }

            var expected = ReadConfigurations(root.GetProperty("after"), new Dictionary<string, string>());
            Assert.Equal(Canonical(expected), Canonical(model.Configs));
        }

        /// <summary>The context a step of the write's message gets: a Target for Create and Update, a reference for Delete, EntityMoniker and State for the state messages.</summary>
        private static PluginContext ContextOf(JsonElement write)
        {
            var message = write.GetProperty("message").GetString()!;
            var table = write.GetProperty("table").GetString()!;
            var id = Guid.Parse(write.GetProperty("id").GetString()!);
            var context = new PluginContext { MessageName = message, PrimaryEntityName = table, Stage = 20 };
            switch (message)
            {
                case "Create":
                case "Update":
                    var target = new Entity(table, id);
                    foreach (var column in write.GetProperty("columns").EnumerateObject())
                    {
                        target[column.Name] = ValueOf(column.Name, column.Value);
                    }

                    context.InputParameters[Schema.Parameters.Target] = target;
                    break;
                case "Delete":
                    context.InputParameters[Schema.Parameters.Target] = new EntityReference(table, id);
                    break;
                case "SetState":
                case "SetStateDynamicEntity":
                    var state = write.GetProperty("state").GetInt32();
                    context.InputParameters[Schema.Parameters.EntityMoniker] = new EntityReference(table, id);
                    context.InputParameters[Schema.Parameters.State] = new OptionSetValue(state);
                    context.InputParameters["Status"] = new OptionSetValue(state == Schema.StateActive ? 1 : 2);
                    break;
                default:
                    throw new InvalidDataException("unknown message " + message);
            }
            return context;
        }

        private static object? ValueOf(string column, JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (LookupTargets.TryGetValue(column, out var target))
            {
                return new EntityReference(target, Guid.Parse(value.GetString()!));
            }

            if (Choices.Contains(column))
            {
                return new OptionSetValue(value.GetInt32());
            }

            return value.ValueKind == JsonValueKind.Number ? value.GetInt32() : value.GetString();
        }

        /// <summary>A vector's configurations as the engine's records; a role becomes its root, as ConfigurationReader reads it.</summary>
        private static List<ConfigRecord> ReadConfigurations(JsonElement element, IDictionary<string, string> roleRoots)
        {
            return element.GetProperty("configurations").EnumerateArray().Select(c => new ConfigRecord
            {
                Id = c.GetProperty("id").GetString()!,
                Parent = c.GetProperty("parent").GetString()!,
                Direction = c.GetProperty("direction").GetString() == "bidirectional" ? SyncDirection.Bidirectional : SyncDirection.OneWay,
                Active = c.GetProperty("active").GetBoolean(),
                Members = c.GetProperty("members").EnumerateArray().Select(m =>
                {
                    var role = m.GetProperty("role").ValueKind == JsonValueKind.Null ? null : m.GetProperty("role").GetString();
                    return new MemberRecord
                    {
                        Id = m.GetProperty("id").GetString()!,
                        Child = m.GetProperty("child").GetString()!,
                        Order = m.GetProperty("order").ValueKind == JsonValueKind.Null ? (int?)null : m.GetProperty("order").GetInt32(),
                        Role = role != null && roleRoots.TryGetValue(role, out var root) ? root : role,
                        Active = m.GetProperty("active").GetBoolean(),
                    };
                }).ToList(),
            }).ToList();
        }

        /// <summary>One line per configuration and member, by id: a failure shows what differs.</summary>
        private static string Canonical(IEnumerable<ConfigRecord> configs)
        {
            return string.Join("\n", configs.OrderBy(c => c.Id, StringComparer.Ordinal).SelectMany(c =>
                new[] { "configuration " + c.Id + " parent " + c.Parent + " " + c.Direction + (c.Active ? " active" : " inactive") }
                    .Concat(c.Members.OrderBy(m => m.Id, StringComparer.Ordinal).Select(m =>
                        "  member " + m.Id + " child " + m.Child + " order " + (m.Order?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none") + " role " + (m.Role ?? "none") + (m.Active ? " active" : " inactive")))));
        }

        private static string VectorsDirectory()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "vectors-writes");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
            throw new DirectoryNotFoundException("tests/vectors-writes above " + AppContext.BaseDirectory);
        }
    }
}
