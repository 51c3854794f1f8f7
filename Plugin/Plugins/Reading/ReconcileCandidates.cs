using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>Which users a reconcile looks at, in user id order so that a page token can say where to resume.</summary>
    public static class ReconcileCandidates
    {
        /// <summary>
        /// With a team: the members of the teams linked to it, directly or not. Without: the members of every linked
        /// team, and everyone the sync ever added somewhere, or may have (an add whose row is still unconfirmed): a link
        /// deleted or turned off since may have left them there.
        /// </summary>
        public static List<string> Find(IOrganizationService service, SyncConfiguration configuration, string? team)
        {
            var users = new HashSet<string>(StringComparer.Ordinal);
            var scope = team == null ? configuration.LinkedTeams() : ConnectedTeams.Of(new[] { configuration.Model }, new[] { team });
            if (scope.Count > 0)
            {
                var members = new QueryExpression(Schema.TeamMembership.Entity) { ColumnSet = new ColumnSet(Schema.TeamMembership.UserId) };
                members.Criteria.AddCondition(Schema.TeamMembership.TeamId, ConditionOperator.In, scope.Select(t => (object)Ids.Parse(t)).ToArray());
                foreach (var row in QueryPager.RetrieveAll(service, members))
                {
                    users.Add(Ids.Of(row.GetAttributeValue<Guid>(Schema.TeamMembership.UserId)));
                }
            }
            if (team == null)
            {
                // Distinct: the users, not their rows, so the cost does not grow with the log.
                var synced = new QueryExpression(Schema.Log.Entity) { ColumnSet = new ColumnSet(Schema.Log.User), Distinct = true };
                synced.Criteria.AddCondition(Schema.Log.Cause, ConditionOperator.Equal, Schema.Log.CauseSync);
                synced.Criteria.AddCondition(Schema.Log.Operation, ConditionOperator.Equal, Schema.Log.OperationJoin);
                synced.Criteria.AddCondition(Schema.Log.Outcome, ConditionOperator.In, Schema.Log.OutcomeDone, Schema.Log.OutcomeFailed);
                foreach (var row in QueryPager.RetrieveAll(service, synced))
                {
                    users.Add(Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Log.User)));
                }
            }
            return users.OrderBy(u => u, StringComparer.Ordinal).ToList();
        }
    }
}
