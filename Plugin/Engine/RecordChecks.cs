using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// docs/semantics.md §7 checks that look at one record at a time: self-loop, missing-team, missing-role,
    /// empty-configuration and inactive-parent.
    /// </summary>
    internal static class RecordChecks
    {
        public static void Run(SyncModel model, SyncGraph graph, IssueList issues)
        {
            var roles = new HashSet<string>(model.Roles, StringComparer.Ordinal);
            foreach (var config in model.Configs)
            {
                var active = config.Members.FindAll(member => member.Active);
                if (!config.Active)
                {
                    if (active.Count > 0)
                    {
                        var records = active.ConvertAll(member => member.Id);
                        records.Add(config.Id);
                        issues.Add(IssueCodes.InactiveParent, new[] { config.Parent }, records);
                    }
                    continue;
                }
                if (!graph.TeamExists(config.Parent))
                {
                    issues.Add(IssueCodes.MissingTeam, new[] { config.Parent }, new[] { config.Id });
                }
                if (active.Count == 0)
                {
                    issues.Add(IssueCodes.EmptyConfiguration, new[] { config.Parent }, new[] { config.Id });
                }
                foreach (var member in active)
                {
                    var records = new[] { config.Id, member.Id };
                    if (string.Equals(member.Child, config.Parent, StringComparison.Ordinal))
                    {
                        issues.Add(IssueCodes.SelfLoop, new[] { config.Parent }, records);
                    }
                    if (!graph.TeamExists(member.Child))
                    {
                        issues.Add(IssueCodes.MissingTeam, new[] { member.Child }, records);
                    }
                    if (member.Role != null && !roles.Contains(member.Role))
                    {
                        issues.Add(IssueCodes.MissingRole, new[] { config.Parent, member.Child }, records);
                    }
                }
            }
        }
    }
}
