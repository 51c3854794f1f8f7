using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// docs/semantics.md §5: a user was removed from a team; remove them from the teams it reaches, except those that
    /// another of their memberships still justifies.
    /// </summary>
    public static class LeavePlanner
    {
        /// <param name="memberships">The user's memberships with provenance; the left team's own entry is ignored.</param>
        /// <param name="roles">Root ids of the roles the user holds directly.</param>
        public static Plan Plan(SyncGraph graph, string user, string team, IReadOnlyDictionary<string, Provenance> memberships, IReadOnlyCollection<string> roles)
        {
            var plan = new Plan();
            if (!graph.TryGetNode(team, out var left))
            {
                return plan;
            }
            var filter = EdgeFilter.ForUser(roles);
            var walk = new Walk(graph, filter);
            var order = walk.From(left);
            var reachesLeft = Reach.Backward(graph, filter, new[] { left });
            var roots = new List<int>();
            foreach (var membership in memberships)
            {
                if (!graph.TryGetNode(membership.Key, out var node) || node == left)
                {
                    continue;
                }
                var inReach = walk.Visited(node);
                // Inside R \ S a manual membership stands on its own; inside S the component is one team.
                var inComponent = inReach && reachesLeft[node];
                if (!inReach || (membership.Value == Provenance.Manual && !inComponent))
                {
                    roots.Add(node);
                }
            }
            var justified = Reach.Forward(graph, filter, roots);
            if (justified[left])
            {
                plan.Warnings.Add(new PlanWarning(PlanWarningCodes.StillRequired, TeamIds.Sorted(new[] { team, FirstRootReaching(graph, roots, reachesLeft) })));
                return plan;
            }
            foreach (var node in order)
            {
                var id = graph.IdOf(node);
                if (memberships.ContainsKey(id) && !justified[node])
                {
                    plan.Operations.Add(new Operation(OperationKind.Remove, user, id, walk.Via(node)));
                }
            }
            return plan;
        }

        private static string FirstRootReaching(SyncGraph graph, List<int> roots, bool[] reachesLeft)
        {
            string? first = null;
            foreach (var root in roots)
            {
                var id = graph.IdOf(root);
                if (reachesLeft[root] && (first is null || string.CompareOrdinal(id, first) < 0))
                {
                    first = id;
                }
            }
            return first!;
        }
    }
}
