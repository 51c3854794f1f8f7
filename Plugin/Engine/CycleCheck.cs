using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// docs/semantics.md §7 cycle: a strongly connected component (every edge, roles ignored) that holds a One-way edge whose
    /// pair is not already a direction conflict; that One-way edge is really bidirectional.
    /// </summary>
    internal static class CycleCheck
    {
        public static void Run(SyncGraph graph, StronglyConnectedComponents components, HashSet<TeamPair> conflicts, IssueList issues)
        {
            for (var index = 0; index < components.Components.Count; index++)
            {
                var component = components.Components[index];
                if (component.Count < 2)
                {
                    continue;
                }
                var teams = new List<string>(component.Count);
                var records = new List<string>();
                var oneWayInside = false;
                foreach (var node in component)
                {
                    teams.Add(graph.IdOf(node));
                    foreach (var edge in graph.OutEdges(node))
                    {
                        if (components.ComponentOf[edge.Target] != index)
                        {
                            continue;
                        }
                        records.Add(edge.ConfigId);
                        records.Add(edge.MemberId);
                        oneWayInside |= edge.IsOneWay && !conflicts.Contains(new TeamPair(graph.IdOf(edge.Source), graph.IdOf(edge.Target)));
                    }
                }
                if (oneWayInside)
                {
                    issues.Add(IssueCodes.Cycle, teams, records);
                }
            }
        }
    }
}
