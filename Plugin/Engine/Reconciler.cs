using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// docs/semantics.md §6: make every user's memberships satisfy the invariant. Required = the manual teams and all they
    /// reach; add what is missing, remove sync memberships nothing requires.
    /// </summary>
    public static class Reconciler
    {
        /// <param name="memberships">user → team → provenance, as they stand.</param>
        /// <param name="userRoles">user → root ids of the roles they hold directly; a user absent holds none.</param>
        public static Plan Plan(SyncGraph graph, IReadOnlyDictionary<string, IReadOnlyDictionary<string, Provenance>> memberships, IReadOnlyDictionary<string, IReadOnlyCollection<string>> userRoles)
        {
            var plan = new Plan();
            var users = new List<string>(memberships.Keys);
            users.Sort(StringComparer.Ordinal);
            foreach (var user in users)
            {
                userRoles.TryGetValue(user, out var roles);
                PlanUser(plan, graph, user, memberships[user], roles);
            }
            return plan;
        }

        private static void PlanUser(Plan plan, SyncGraph graph, string user, IReadOnlyDictionary<string, Provenance> teams, IReadOnlyCollection<string>? roles)
        {
            var manual = new List<string>();
            var synced = new List<string>();
            foreach (var membership in teams)
            {
                (membership.Value == Provenance.Manual ? manual : synced).Add(membership.Key);
            }
            manual.Sort(StringComparer.Ordinal);
            synced.Sort(StringComparer.Ordinal);
            // One visited set shared by the walks: each team is taken at the first walk that reaches it.
            var walk = new Walk(graph, EdgeFilter.ForUser(roles));
            foreach (var team in manual)
            {
                if (!graph.TryGetNode(team, out var start))
                {
                    continue;
                }
                foreach (var node in walk.From(start))
                {
                    var id = graph.IdOf(node);
                    if (!teams.ContainsKey(id))
                    {
                        plan.Operations.Add(new Operation(OperationKind.Add, user, id, walk.Via(node)));
                    }
                }
            }
            foreach (var team in synced)
            {
                var required = graph.TryGetNode(team, out var node) && walk.Visited(node);
                if (!required && !graph.IsManaged(team))
                {
                    plan.Operations.Add(new Operation(OperationKind.Remove, user, team, new[] { team }));
                }
            }
        }
    }
}
