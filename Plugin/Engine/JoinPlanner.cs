using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>docs/semantics.md §4: a user was added to a team; add them to every team it reaches that they are not in.</summary>
    public static class JoinPlanner
    {
        /// <param name="memberships">The user's memberships as they stand; the joined team's own entry is ignored.</param>
        /// <param name="roles">Root ids of the roles the user holds directly.</param>
        public static Plan Plan(SyncGraph graph, string user, string team, IReadOnlyDictionary<string, Provenance> memberships, IReadOnlyCollection<string> roles)
        {
            var plan = new Plan();
            if (!graph.TryGetNode(team, out var start))
            {
                return plan;
            }
            var walk = new Walk(graph, EdgeFilter.ForUser(roles));
            // The walk goes on through teams the user already belongs to: one execution computes the whole closure.
            foreach (var node in walk.From(start))
            {
                var id = graph.IdOf(node);
                if (!memberships.ContainsKey(id))
                {
                    plan.Operations.Add(new Operation(OperationKind.Add, user, id, walk.Via(node)));
                }
            }
            return plan;
        }
    }
}
