using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>
    /// Spec §2: the roles each user holds directly (systemuserroles, not through a team), as root role ids, in one
    /// query.
    /// </summary>
    public static class RoleReader
    {
        private const string RoleAlias = "userrole";

        public static Dictionary<string, HashSet<string>> Read(IOrganizationService service, IReadOnlyCollection<string> users)
        {
            var result = users.ToDictionary(u => u, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
            if (users.Count == 0) return result;
            var query = new QueryExpression(Schema.UserRoles.Entity)
            {
                ColumnSet = new ColumnSet(Schema.UserRoles.UserId, Schema.UserRoles.RoleId),
            };
            query.Criteria.AddCondition(Schema.UserRoles.UserId, ConditionOperator.In, users.Select(u => (object)Ids.Parse(u)).ToArray());
            query.LinkEntities.Add(new LinkEntity(Schema.UserRoles.Entity, Schema.Role.Entity, Schema.UserRoles.RoleId, Schema.Role.Id, JoinOperator.Inner)
            {
                EntityAlias = RoleAlias,
                Columns = new ColumnSet(Schema.Role.ParentRootRole),
            });
            foreach (var row in QueryPager.RetrieveAll(service, query))
            {
                var user = Ids.Of(row.GetAttributeValue<Guid>(Schema.UserRoles.UserId));
                var root = Aliased.Get<EntityReference>(row, RoleAlias, Schema.Role.ParentRootRole);
                var role = root != null ? Ids.Of(root) : Ids.Of(row.GetAttributeValue<Guid>(Schema.UserRoles.RoleId));
                if (result.TryGetValue(user, out var roles)) roles.Add(role);
            }
            return result;
        }
    }
}
