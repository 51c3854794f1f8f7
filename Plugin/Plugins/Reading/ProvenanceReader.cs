using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// docs/semantics.md §3: a membership is `sync` when the latest change of it was the sync's. That is the cause of the newest
    /// done nw_teamsynclog row for the user and team; no row means `manual`. A sync add whose row is still unconfirmed
    /// (its execution was stopped between the row and the outcome) counts as done: if the user is in the team, the sync
    /// put them there. One query.
    /// </summary>
    public static class ProvenanceReader
    {
        /// <summary>
        /// user id → team id → provenance of the latest logged change, for these users in the teams they are in now:
        /// only the history of memberships that exist is read, not that of every team the users ever passed through.
        /// </summary>
        public static Dictionary<string, Dictionary<string, Provenance>> Read(IOrganizationService service, IReadOnlyCollection<string> users, IReadOnlyCollection<string> teams)
        {
            var result = users.ToDictionary(u => u, _ => new Dictionary<string, Provenance>(StringComparer.Ordinal), StringComparer.Ordinal);
            if (users.Count == 0 || teams.Count == 0)
            {
                return result;
            }

            Collect(service, Schema.Log.User, users, user => result.TryGetValue(user, out var byTeam) ? byTeam : null, teams);
            return result;
        }

        /// <summary>The same for anyone in these teams: what a reconcile scoped to teams needs.</summary>
        public static Dictionary<string, Dictionary<string, Provenance>> ReadTeams(IOrganizationService service, IReadOnlyCollection<string> teams)
        {
            var result = new Dictionary<string, Dictionary<string, Provenance>>(StringComparer.Ordinal);
            if (teams.Count == 0)
            {
                return result;
            }

            Collect(service, Schema.Log.Team, teams, user =>
            {
                if (!result.TryGetValue(user, out var byTeam))
                {
                    result[user] = byTeam = new Dictionary<string, Provenance>(StringComparer.Ordinal);
                }

                return byTeam;
            });
            return result;
        }

        private static void Collect(IOrganizationService service, string column, IReadOnlyCollection<string> ids, Func<string, Dictionary<string, Provenance>?> provenanceOf, IReadOnlyCollection<string>? teams = null)
        {
            var query = new QueryExpression(Schema.Log.Entity)
            {
                ColumnSet = new ColumnSet(Schema.Log.User, Schema.Log.Team, Schema.Log.Cause, Schema.Log.Operation, Schema.Log.Outcome, Schema.Log.ErrorText),
            };
            query.Criteria.AddCondition(column, ConditionOperator.In, ids.Select(id => (object)Ids.Parse(id)).ToArray());
            query.Criteria.AddCondition(Schema.Log.Outcome, ConditionOperator.In, Schema.Log.OutcomeDone, Schema.Log.OutcomeFailed);
            if (teams != null)
            {
                query.Criteria.AddCondition(Schema.Log.Team, ConditionOperator.In, teams.Select(id => (object)Ids.Parse(id)).ToArray());
            }

            query.AddOrder(Schema.Log.CreatedOn, OrderType.Descending);
            foreach (var row in QueryPager.RetrieveAll(service, query))
            {
                var byTeam = provenanceOf(Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Log.User)));
                var team = Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Log.Team));
                if (byTeam == null || byTeam.ContainsKey(team) || !Happened(row))
                {
                    continue;
                }

                var cause = row.GetAttributeValue<OptionSetValue>(Schema.Log.Cause)?.Value;
                byTeam[team] = cause == Schema.Log.CauseSync ? Provenance.Sync : Provenance.Manual;
            }
        }

        private static bool Happened(Entity row)
        {
            if (row.GetAttributeValue<OptionSetValue>(Schema.Log.Outcome)?.Value == Schema.Log.OutcomeDone)
            {
                return true;
            }

            return row.GetAttributeValue<string>(Schema.Log.ErrorText) == LogTexts.Unconfirmed
                && row.GetAttributeValue<OptionSetValue>(Schema.Log.Operation)?.Value == Schema.Log.OperationJoin;
        }
    }
}
