using System;
using System.Collections.Generic;
using System.Text.Json;
using TeamSync.Engine;

namespace TeamSync.Vectors
{
    /// <summary>
    /// Maps a docs/semantics.md §9 vector to the engine's model. Liberal where docs/semantics.md §9 allows (direction spellings, absent
    /// optional fields); otherwise throws <see cref="VectorFormatException"/> naming the field path.
    /// </summary>
    public static class VectorReader
    {
        public static Vector Read(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "(root)");
            var teams = ReadTeams(Required(root, "teams", "teams"));
            var roles = root.TryGetProperty("roles", out var rolesElement) && rolesElement.ValueKind != JsonValueKind.Null
                ? ReadStrings(rolesElement, "roles")
                : new List<string>();
            var model = new SyncModel
            {
                Teams = teams,
                Configs = ReadConfigs(Required(root, "configs", "configs"), "configs"),
                Roles = roles,
            };
            var settings = ReadSettings(root);
            var memberships = ReadMemberships(root, teams);
            var userRoles = ReadUserRoles(root);
            var vectorEvent = ReadEvent(Required(root, "event", "event"));
            return new Vector(model, settings, memberships, userRoles, vectorEvent);
        }

        private static List<Team> ReadTeams(JsonElement element)
        {
            Expect(element, JsonValueKind.Array, "teams");
            var teams = new List<Team>();
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var path = "teams[" + index++ + "]";
                Expect(item, JsonValueKind.Object, path);
                var id = RequiredString(item, "id", path + ".id");
                var type = Optional(item, "type") is JsonElement typeElement ? Integer(typeElement, path + ".type") : 0;
                var isDefault = Optional(item, "default") is JsonElement defaultElement && Boolean(defaultElement, path + ".default");
                teams.Add(new Team(id, type, isDefault));
            }
            return teams;
        }

        private static List<ConfigRecord> ReadConfigs(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.Array, path);
            var configs = new List<ConfigRecord>();
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var configPath = path + "[" + index++ + "]";
                Expect(item, JsonValueKind.Object, configPath);
                var config = new ConfigRecord
                {
                    Id = Optional(item, "id") is JsonElement id ? String(id, configPath + ".id") : configPath,
                    Parent = RequiredString(item, "parent", configPath + ".parent"),
                    Direction = Direction(Required(item, "direction", configPath + ".direction"), configPath + ".direction"),
                    Active = !(Optional(item, "active") is JsonElement active) || Boolean(active, configPath + ".active"),
                };
                if (Optional(item, "members") is JsonElement members)
                {
                    config.Members = ReadMembers(members, configPath + ".members");
                }
                configs.Add(config);
            }
            return configs;
        }

        private static List<MemberRecord> ReadMembers(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.Array, path);
            var members = new List<MemberRecord>();
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var memberPath = path + "[" + index++ + "]";
                Expect(item, JsonValueKind.Object, memberPath);
                members.Add(new MemberRecord
                {
                    Id = Optional(item, "id") is JsonElement id ? String(id, memberPath + ".id") : memberPath,
                    Child = RequiredString(item, "child", memberPath + ".child"),
                    Order = Optional(item, "order") is JsonElement order ? Integer(order, memberPath + ".order") : (int?)null,
                    Active = !(Optional(item, "active") is JsonElement active) || Boolean(active, memberPath + ".active"),
                    Role = Optional(item, "role") is JsonElement role ? String(role, memberPath + ".role") : null,
                });
            }
            return members;
        }

        private static SyncDirection Direction(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number) && (number == 1 || number == 2))
            {
                return (SyncDirection)number;
            }
            if (element.ValueKind == JsonValueKind.String)
            {
                var spelled = element.GetString()!.Replace("-", string.Empty).Replace("_", string.Empty).ToLowerInvariant();
                if (spelled == "oneway")
                {
                    return SyncDirection.OneWay;
                }
                if (spelled == "bidirectional")
                {
                    return SyncDirection.Bidirectional;
                }
            }
            throw new VectorFormatException(path, "expected \"one-way\", \"bidirectional\", 1 or 2, got " + element.GetRawText());
        }

        private static Settings ReadSettings(JsonElement root)
        {
            var settings = new Settings();
            if (Optional(root, "settings") is JsonElement element)
            {
                Expect(element, JsonValueKind.Object, "settings");
                if (Optional(element, "wideCascade") is JsonElement wide)
                {
                    settings.WideCascade = Integer(wide, "settings.wideCascade");
                }
            }
            return settings;
        }

        private static Dictionary<string, IReadOnlyDictionary<string, Provenance>> ReadMemberships(JsonElement root, List<Team> teams)
        {
            var memberships = new Dictionary<string, IReadOnlyDictionary<string, Provenance>>(StringComparer.Ordinal);
            if (!(Optional(root, "memberships") is JsonElement element))
            {
                return memberships;
            }
            Expect(element, JsonValueKind.Object, "memberships");
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var team in teams)
            {
                known.Add(team.Id);
            }
            foreach (var user in element.EnumerateObject())
            {
                var userPath = "memberships." + user.Name;
                Expect(user.Value, JsonValueKind.Object, userPath);
                var userTeams = new Dictionary<string, Provenance>(StringComparer.Ordinal);
                foreach (var team in user.Value.EnumerateObject())
                {
                    var teamPath = userPath + "." + team.Name;
                    if (!known.Contains(team.Name))
                    {
                        throw new VectorFormatException(teamPath, "names a team that is not in teams");
                    }
                    userTeams[team.Name] = ProvenanceOf(team.Value, teamPath);
                }
                memberships[user.Name] = userTeams;
            }
            return memberships;
        }

        private static Provenance ProvenanceOf(JsonElement element, string path)
        {
            var spelled = element.ValueKind == JsonValueKind.String ? element.GetString()!.ToLowerInvariant() : null;
            if (spelled == "manual")
            {
                return Provenance.Manual;
            }
            if (spelled == "sync")
            {
                return Provenance.Sync;
            }
            throw new VectorFormatException(path, "expected \"manual\" or \"sync\", got " + element.GetRawText());
        }

        private static Dictionary<string, IReadOnlyCollection<string>> ReadUserRoles(JsonElement root)
        {
            var userRoles = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
            if (Optional(root, "userRoles") is JsonElement element)
            {
                Expect(element, JsonValueKind.Object, "userRoles");
                foreach (var user in element.EnumerateObject())
                {
                    userRoles[user.Name] = ReadStrings(user.Value, "userRoles." + user.Name);
                }
            }
            return userRoles;
        }

        private static VectorEvent ReadEvent(JsonElement element)
        {
            Expect(element, JsonValueKind.Object, "event");
            var kind = RequiredString(element, "kind", "event.kind");
            switch (kind)
            {
                case "validate":
                case "reconcile":
                    return new VectorEvent(kind, string.Empty, string.Empty, new List<ConfigRecord>());
                case "join":
                case "leave":
                    return new VectorEvent(kind, RequiredString(element, "user", "event.user"), RequiredString(element, "team", "event.team"), new List<ConfigRecord>());
                case "edit":
                    return new VectorEvent(kind, string.Empty, string.Empty, ReadConfigs(Required(element, "configs", "event.configs"), "event.configs"));
                default:
                    throw new VectorFormatException("event.kind", "expected validate, join, leave, reconcile or edit, got \"" + kind + "\"");
            }
        }

        private static List<string> ReadStrings(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.Array, path);
            var strings = new List<string>();
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                strings.Add(String(item, path + "[" + index++ + "]"));
            }
            return strings;
        }

        /// <summary>The property's value, or null when it is absent or JSON null (both mean "not given").</summary>
        private static JsonElement? Optional(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : (JsonElement?)null;

        private static JsonElement Required(JsonElement element, string name, string path) =>
            Optional(element, name) ?? throw new VectorFormatException(path, "is required");

        private static string RequiredString(JsonElement element, string name, string path) =>
            String(Required(element, name, path), path);

        private static string String(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.String, path);
            return element.GetString()!;
        }

        private static int Integer(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value))
            {
                throw new VectorFormatException(path, "expected a whole number, got " + element.GetRawText());
            }
            return value;
        }

        private static bool Boolean(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.True && element.ValueKind != JsonValueKind.False)
            {
                throw new VectorFormatException(path, "expected true or false, got " + element.GetRawText());
            }
            return element.GetBoolean();
        }

        private static void Expect(JsonElement element, JsonValueKind kind, string path)
        {
            if (element.ValueKind != kind)
            {
                throw new VectorFormatException(path, "expected " + kind.ToString().ToLowerInvariant() + ", got " + element.ValueKind.ToString().ToLowerInvariant());
            }
        }
    }
}
