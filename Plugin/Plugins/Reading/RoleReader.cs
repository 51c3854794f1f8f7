using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>
    /// docs/semantics.md §2: the roles each user holds directly (systemuserroles, not through a team), as root role ids, in one
    /// query.
    /// </summary>
    public static class RoleReader
    {
        private const string RoleAlias = "userrole";
        private const string MembershipAlias = "inteam";

        /// <summary>The roles of these users.</summary>
        public static Dictionary<string, HashSet<string>> Read(IOrganizationService service, IReadOnlyCollection<string> users)
        {
            var result = users.ToDictionary(u => u, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
            if (users.Count == 0)
            {
                return result;
            }

            var query = Query();
            query.Criteria.AddCondition(Schema.UserRoles.UserId, ConditionOperator.In, users.Select(u => (object)Ids.Parse(u)).ToArray());
            Collect(service, query, user => result.TryGetValue(user, out var roles) ? roles : null);
            return result;
        }

        /// <summary>The roles of the members of these teams (a user in several of them comes back once per team, read once).</summary>
        public static Dictionary<string, HashSet<string>> ReadTeams(IOrganizationService service, IReadOnlyCollection<string> teams)
        {
            var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            if (teams.Count == 0)
            {
                return result;
            }

            var query = Query();
            var membership = new LinkEntity(Schema.UserRoles.Entity, Schema.TeamMembership.Entity, Schema.UserRoles.UserId, Schema.TeamMembership.UserId, JoinOperator.Inner)
            {
                EntityAlias = MembershipAlias,
            };
            membership.LinkCriteria.AddCondition(Schema.TeamMembership.TeamId, ConditionOperator.In, teams.Select(t => (object)Ids.Parse(t)).ToArray());
            query.LinkEntities.Add(membership);
            Collect(service, query, user =>
            {
                if (!result.TryGetValue(user, out var roles))
                {
                    result[user] = roles = new HashSet<string>(StringComparer.Ordinal);
                }

                return roles;
            });
            return result;
        }

        private static QueryExpression Query()
        {
            var query = new QueryExpression(Schema.UserRoles.Entity)
            {
                ColumnSet = new ColumnSet(Schema.UserRoles.UserId, Schema.UserRoles.RoleId),
            };
            query.LinkEntities.Add(new LinkEntity(Schema.UserRoles.Entity, Schema.Role.Entity, Schema.UserRoles.RoleId, Schema.Role.Id, JoinOperator.Inner)
            {
                EntityAlias = RoleAlias,
                Columns = new ColumnSet(Schema.Role.ParentRootRole),
            });
            return query;
        }

        private static void Collect(IOrganizationService service, QueryExpression query, Func<string, HashSet<string>?> rolesOf)
        {
            foreach (var row in QueryPager.RetrieveAll(service, query))
            {
                var root = Aliased.Get<EntityReference>(row, RoleAlias, Schema.Role.ParentRootRole);
                var role = root != null ? Ids.Of(root) : Ids.Of(row.GetAttributeValue<Guid>(Schema.UserRoles.RoleId));
                rolesOf(Ids.Of(row.GetAttributeValue<Guid>(Schema.UserRoles.UserId)))?.Add(role);
            }
        }
    }
}
