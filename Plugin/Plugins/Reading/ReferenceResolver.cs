using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>Reads the teams and the role a configuration write names that no existing record linked to yet.</summary>
    public static class ReferenceResolver
    {
        public static void Resolve(IOrganizationService service, ConfigurationChange change, SyncConfiguration configuration)
        {
            var unknownTeams = change.NamedTeams().Where(t => !configuration.Teams.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
            if (unknownTeams.Count > 0)
            {
                var query = new QueryExpression(Schema.Team.Entity) { ColumnSet = TeamColumns.Set() };
                query.Criteria.AddCondition(Schema.Team.Id, ConditionOperator.In, unknownTeams.Select(t => (object)Ids.Parse(t)).ToArray());
                foreach (var team in service.RetrieveMultiple(query).Entities)
                {
                    configuration.Teams.Add(TeamColumns.FromRow(team));
                }
            }
            var role = change.NamedRole();
            if (role != null && !configuration.RoleRoots.ContainsKey(role))
            {
                var query = new QueryExpression(Schema.Role.Entity) { ColumnSet = new ColumnSet(Schema.Role.Id, Schema.Role.ParentRootRole) };
                query.Criteria.AddCondition(Schema.Role.Id, ConditionOperator.Equal, Ids.Parse(role));
                foreach (var row in service.RetrieveMultiple(query).Entities)
                {
                    var root = row.GetAttributeValue<EntityReference>(Schema.Role.ParentRootRole);
                    configuration.RoleRoots[role] = root == null ? role : Ids.Of(root);
                }
            }
        }
    }
}
