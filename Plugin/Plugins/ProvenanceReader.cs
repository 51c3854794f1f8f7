using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// Spec §3: a membership is `sync` when the latest change of it was the sync's. That is the cause of the newest
    /// done nw_teamsynclog row for the user and team; no row means `manual`. One query for all users.
    /// </summary>
    public static class ProvenanceReader
    {
        /// <summary>user id → team id → provenance of the latest logged change.</summary>
        public static Dictionary<string, Dictionary<string, Provenance>> Read(IOrganizationService service, IReadOnlyCollection<string> users)
        {
            var result = users.ToDictionary(u => u, _ => new Dictionary<string, Provenance>(StringComparer.Ordinal), StringComparer.Ordinal);
            if (users.Count == 0) return result;
            var query = new QueryExpression(Schema.Log.Entity)
            {
                ColumnSet = new ColumnSet(Schema.Log.User, Schema.Log.Team, Schema.Log.Cause),
            };
            query.Criteria.AddCondition(Schema.Log.User, ConditionOperator.In, users.Select(u => (object)Ids.Parse(u)).ToArray());
            query.Criteria.AddCondition(Schema.Log.Outcome, ConditionOperator.Equal, Schema.Log.OutcomeDone);
            query.AddOrder(Schema.Log.CreatedOn, OrderType.Descending);
            foreach (var row in QueryPager.RetrieveAll(service, query))
            {
                var user = Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Log.User));
                var team = Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Log.Team));
                if (!result.TryGetValue(user, out var byTeam) || byTeam.ContainsKey(team)) continue;
                var cause = row.GetAttributeValue<OptionSetValue>(Schema.Log.Cause)?.Value;
                byTeam[team] = cause == Schema.Log.CauseSync ? Provenance.Sync : Provenance.Manual;
            }
            return result;
        }
    }
}
