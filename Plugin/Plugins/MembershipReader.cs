using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>The teams each user belongs to now, in one query, with the facts of those teams.</summary>
    public static class MembershipReader
    {
        private const string TeamAlias = "memberteam";

        public static Dictionary<string, HashSet<string>> Read(IOrganizationService service, IReadOnlyCollection<string> users, TeamDirectory teams)
        {
            var result = users.ToDictionary(u => u, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
            if (users.Count == 0) return result;
            var query = new QueryExpression(Schema.TeamMembership.Entity)
            {
                ColumnSet = new ColumnSet(Schema.TeamMembership.TeamId, Schema.TeamMembership.UserId),
            };
            query.Criteria.AddCondition(Schema.TeamMembership.UserId, ConditionOperator.In, users.Select(u => (object)Ids.Parse(u)).ToArray());
            query.LinkEntities.Add(TeamColumns.Link(Schema.TeamMembership.Entity, Schema.TeamMembership.TeamId, TeamAlias, JoinOperator.Inner));
            foreach (var row in QueryPager.RetrieveAll(service, query))
            {
                var user = Ids.Of(row.GetAttributeValue<Guid>(Schema.TeamMembership.UserId));
                var team = TeamColumns.FromLink(row, TeamAlias);
                if (team == null || !result.TryGetValue(user, out var memberships)) continue;
                teams.Add(team);
                memberships.Add(team.Id);
            }
            return result;
        }
    }
}
