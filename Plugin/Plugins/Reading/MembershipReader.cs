using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>Memberships as they stand now, in one query, with the facts of their teams.</summary>
    public static class MembershipReader
    {
        private const string TeamAlias = "memberteam";

        /// <summary>The teams each of these users belongs to.</summary>
        public static Dictionary<string, HashSet<string>> Read(IOrganizationService service, IReadOnlyCollection<string> users, TeamDirectory teams)
        {
            var result = users.ToDictionary(u => u, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
            if (users.Count == 0)
            {
                return result;
            }

            Collect(service, Schema.TeamMembership.UserId, users, teams, user => result.TryGetValue(user, out var memberships) ? memberships : null);
            return result;
        }

        /// <summary>The members of these teams, each with their memberships among these teams only.</summary>
        public static Dictionary<string, HashSet<string>> ReadTeams(IOrganizationService service, IReadOnlyCollection<string> scope, TeamDirectory teams)
        {
            var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            if (scope.Count == 0)
            {
                return result;
            }

            Collect(service, Schema.TeamMembership.TeamId, scope, teams, user =>
            {
                if (!result.TryGetValue(user, out var memberships))
                {
                    result[user] = memberships = new HashSet<string>(StringComparer.Ordinal);
                }

                return memberships;
            });
            return result;
        }

        private static void Collect(IOrganizationService service, string column, IReadOnlyCollection<string> ids, TeamDirectory teams, Func<string, HashSet<string>?> membershipsOf)
        {
            var query = new QueryExpression(Schema.TeamMembership.Entity)
            {
                ColumnSet = new ColumnSet(Schema.TeamMembership.TeamId, Schema.TeamMembership.UserId),
            };
            query.Criteria.AddCondition(column, ConditionOperator.In, ids.Select(id => (object)Ids.Parse(id)).ToArray());
            query.LinkEntities.Add(TeamColumns.Link(Schema.TeamMembership.Entity, Schema.TeamMembership.TeamId, TeamAlias, JoinOperator.Inner));
            foreach (var row in QueryPager.RetrieveAll(service, query))
            {
                var team = TeamColumns.FromLink(row, TeamAlias);
                var memberships = team == null ? null : membershipsOf(Ids.Of(row.GetAttributeValue<Guid>(Schema.TeamMembership.UserId)));
                if (memberships == null)
                {
                    continue;
                }

                teams.Add(team!);
                memberships.Add(team!.Id);
            }
        }
    }
}
