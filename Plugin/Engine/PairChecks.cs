using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// docs/semantics.md §7 checks over the members that link two existing, different teams (whether or not they yield
    /// an edge): duplicate-edge, direction-conflict and managed-team-target.
    /// </summary>
    internal static class PairChecks
    {
        /// <returns>The pairs in direction conflict, which the cycle check leaves to this one.</returns>
        public static HashSet<TeamPair> Run(SyncModel model, SyncGraph graph, IssueList issues)
        {
            var duplicates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var pairs = new Dictionary<TeamPair, PairLinks>();
            foreach (var config in model.Configs)
            {
                if (!config.Active || !graph.TeamExists(config.Parent))
                {
                    continue;
                }
                var bidirectional = config.Direction == SyncDirection.Bidirectional;
                foreach (var member in config.Members)
                {
                    if (!member.Active || !graph.TeamExists(member.Child) || string.Equals(member.Child, config.Parent, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    var teams = new[] { config.Parent, member.Child };
                    var records = new[] { config.Id, member.Id };
                    if (graph.IsManaged(member.Child) || (bidirectional && graph.IsManaged(config.Parent)))
                    {
                        issues.Add(IssueCodes.ManagedTeamTarget, teams, records);
                    }
                    var pair = new TeamPair(config.Parent, member.Child);
                    var key = DuplicateKey(config, member, pair);
                    if (!duplicates.TryGetValue(key, out var same))
                    {
                        same = new List<string> { config.Parent, member.Child };
                        duplicates.Add(key, same);
                    }
                    same.AddRange(records);
                    if (!pairs.TryGetValue(pair, out var links))
                    {
                        links = new PairLinks();
                        pairs.Add(pair, links);
                    }
                    links.Records.AddRange(records);
                    if (bidirectional)
                    {
                        links.Bidirectional = true;
                    }
                    else if (string.Equals(config.Parent, pair.Low, StringComparison.Ordinal))
                    {
                        links.LowToHigh = true;
                    }
                    else
                    {
                        links.HighToLow = true;
                    }
                }
            }
            foreach (var same in duplicates.Values)
            {
                // The list holds the two teams, then two ids per member: more than one member is a duplicate.
                if (same.Count > 4)
                {
                    issues.Add(IssueCodes.DuplicateEdge, same.GetRange(0, 2), same.GetRange(2, same.Count - 2));
                }
            }
            var conflicts = new HashSet<TeamPair>();
            foreach (var entry in pairs)
            {
                var links = entry.Value;
                var oneWay = links.LowToHigh || links.HighToLow;
                if ((links.LowToHigh && links.HighToLow) || (oneWay && links.Bidirectional))
                {
                    conflicts.Add(entry.Key);
                    issues.Add(IssueCodes.DirectionConflict, new[] { entry.Key.Low, entry.Key.High }, links.Records);
                }
            }
            return conflicts;
        }

        /// <summary>Members with the same key link the same pair the same way under the same condition.</summary>
        private static string DuplicateKey(ConfigRecord config, MemberRecord member, TeamPair pair)
        {
            var ends = config.Direction == SyncDirection.Bidirectional
                ? "2" + Part(pair.Low) + Part(pair.High)
                : "1" + Part(config.Parent) + Part(member.Child);
            return ends + (member.Role is null ? "-" : "+" + member.Role);
        }

        private static string Part(string id) => id.Length + ":" + id;

        private sealed class PairLinks
        {
            public bool LowToHigh { get; set; }

            public bool HighToLow { get; set; }

            public bool Bidirectional { get; set; }

            public List<string> Records { get; } = new List<string>();
        }
    }
}
