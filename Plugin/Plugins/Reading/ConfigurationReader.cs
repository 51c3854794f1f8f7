using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// Reads nw_teamsyncgroup and nw_teamsyncmember into the engine's model. Teams and roles come through outer
    /// links, so a lookup to a deleted record reads as a team or role that does not exist (docs/semantics.md §2).
    /// </summary>
    public static class ConfigurationReader
    {
        private const string GroupAlias = "grp";
        private const string ParentAlias = "parent";
        private const string ChildAlias = "child";
        private const string RoleAlias = "reqrole";

        /// <summary>Propagation: active members of active configurations, in one query.</summary>
        public static SyncConfiguration ReadActive(IOrganizationService service) => ReadMembers(service, activeOnly: true);

        /// <summary>
        /// Configuration reconcile: every member, active or not, with its configuration, in one query. A configuration
        /// without members is left out: it yields no link, before or after any change.
        /// </summary>
        public static SyncConfiguration ReadLinks(IOrganizationService service) => ReadMembers(service, activeOnly: false);

        private static SyncConfiguration ReadMembers(IOrganizationService service, bool activeOnly)
        {
            var teams = new TeamDirectory();
            var roleRoots = new Dictionary<string, string>(StringComparer.Ordinal);
            var configs = new Dictionary<string, ConfigRecord>(StringComparer.Ordinal);
            foreach (var row in QueryPager.RetrieveAll(service, MemberQuery(activeOnly)))
            {
                var groupId = Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Member.Group));
                if (!configs.TryGetValue(groupId, out var config))
                {
                    config = new ConfigRecord
                    {
                        Id = groupId,
                        Parent = Ids.Of(Aliased.Get<EntityReference>(row, GroupAlias, Schema.Group.ParentTeam)),
                        Direction = (SyncDirection)Aliased.GetChoice(row, GroupAlias, Schema.Group.Direction, (int)SyncDirection.OneWay),
                        Active = Aliased.GetChoice(row, GroupAlias, Schema.StateCode, Schema.StateActive) == Schema.StateActive,
                    };
                    configs.Add(groupId, config);
                }
                config.Members.Add(ReadMember(row, teams, roleRoots));
                AddTeam(teams, TeamColumns.FromLink(row, ParentAlias));
            }
            return Build(configs.Values, teams, roleRoots);
        }

        /// <summary>Validation: every configuration and member, active or not (inactive-parent needs them all).</summary>
        public static SyncConfiguration ReadAll(IOrganizationService service)
        {
            var teams = new TeamDirectory();
            var roleRoots = new Dictionary<string, string>(StringComparer.Ordinal);
            var configs = new Dictionary<string, ConfigRecord>(StringComparer.Ordinal);
            var groups = new QueryExpression(Schema.Group.Entity)
            {
                ColumnSet = new ColumnSet(Schema.Group.Id, Schema.Group.ParentTeam, Schema.Group.Direction, Schema.StateCode),
            };
            groups.LinkEntities.Add(TeamColumns.Link(Schema.Group.Entity, Schema.Group.ParentTeam, ParentAlias, JoinOperator.LeftOuter));
            foreach (var row in QueryPager.RetrieveAll(service, groups))
            {
                var id = Ids.Of(row.Id);
                configs[id] = new ConfigRecord
                {
                    Id = id,
                    Parent = Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Group.ParentTeam)),
                    Direction = (SyncDirection)(row.GetAttributeValue<OptionSetValue>(Schema.Group.Direction)?.Value ?? (int)SyncDirection.OneWay),
                    Active = IsActive(row.GetAttributeValue<OptionSetValue>(Schema.StateCode)),
                };
                AddTeam(teams, TeamColumns.FromLink(row, ParentAlias));
            }
            foreach (var row in QueryPager.RetrieveAll(service, MemberQuery(activeOnly: false)))
            {
                var groupId = Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Member.Group));
                if (configs.TryGetValue(groupId, out var config))
                {
                    config.Members.Add(ReadMember(row, teams, roleRoots));
                }
            }
            return Build(configs.Values, teams, roleRoots);
        }

        public static bool IsActive(OptionSetValue? state) => (state?.Value ?? Schema.StateActive) == Schema.StateActive;

        private static QueryExpression MemberQuery(bool activeOnly)
        {
            var query = new QueryExpression(Schema.Member.Entity)
            {
                ColumnSet = new ColumnSet(Schema.Member.Id, Schema.Member.Group, Schema.Member.ChildTeam, Schema.Member.Order, Schema.Member.RequiredRole, Schema.StateCode),
            };
            // The configuration is parental: every member has one, so the inner link drops no member.
            var group = new LinkEntity(Schema.Member.Entity, Schema.Group.Entity, Schema.Member.Group, Schema.Group.Id, JoinOperator.Inner)
            {
                EntityAlias = GroupAlias,
                Columns = new ColumnSet(Schema.Group.ParentTeam, Schema.Group.Direction, Schema.StateCode),
            };
            if (activeOnly)
            {
                query.Criteria.AddCondition(Schema.StateCode, ConditionOperator.Equal, Schema.StateActive);
                group.LinkCriteria.AddCondition(Schema.StateCode, ConditionOperator.Equal, Schema.StateActive);
            }
            group.LinkEntities.Add(TeamColumns.Link(Schema.Group.Entity, Schema.Group.ParentTeam, ParentAlias, JoinOperator.LeftOuter));
            query.LinkEntities.Add(group);
            query.LinkEntities.Add(TeamColumns.Link(Schema.Member.Entity, Schema.Member.ChildTeam, ChildAlias, JoinOperator.LeftOuter));
            query.LinkEntities.Add(new LinkEntity(Schema.Member.Entity, Schema.Role.Entity, Schema.Member.RequiredRole, Schema.Role.Id, JoinOperator.LeftOuter)
            {
                EntityAlias = RoleAlias,
                Columns = new ColumnSet(Schema.Role.Id, Schema.Role.ParentRootRole),
            });
            return query;
        }

        private static MemberRecord ReadMember(Entity row, TeamDirectory teams, IDictionary<string, string> roleRoots)
        {
            AddTeam(teams, TeamColumns.FromLink(row, ChildAlias));
            var roleRef = row.GetAttributeValue<EntityReference>(Schema.Member.RequiredRole);
            string? role = null;
            if (roleRef != null)
            {
                role = Ids.Of(roleRef);
                var root = Aliased.Get<EntityReference>(row, RoleAlias, Schema.Role.ParentRootRole);
                if (Aliased.Has(row, RoleAlias, Schema.Role.Id))
                {
                    // A role copied into every business unit counts as one role, named by its root.
                    var rootId = root == null ? role : Ids.Of(root);
                    roleRoots[role] = rootId;
                    role = rootId;
                }
            }
            return new MemberRecord
            {
                Id = Ids.Of(row.Id),
                Child = Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Member.ChildTeam)),
                Order = row.Contains(Schema.Member.Order) ? row.GetAttributeValue<int?>(Schema.Member.Order) : null,
                Active = IsActive(row.GetAttributeValue<OptionSetValue>(Schema.StateCode)),
                Role = role,
            };
        }

        private static void AddTeam(TeamDirectory teams, TeamFacts? team)
        {
            if (team != null)
            {
                teams.Add(team);
            }
        }

        private static SyncConfiguration Build(IEnumerable<ConfigRecord> configs, TeamDirectory teams, IDictionary<string, string> roleRoots)
        {
            var model = new SyncModel { Configs = configs.OrderBy(c => c.Id, StringComparer.Ordinal).ToList() };
            var configuration = new SyncConfiguration(model, teams, roleRoots);
            configuration.WithTeams(model);
            return configuration;
        }
    }
}
