using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>An organization with the TeamSync steps registered as the solution registers them, and short ways to set it up.</summary>
    public sealed class World
    {
        public World(string? reconcileConfiguration = null, string? configurationReconcileConfiguration = null, string? propagationConfiguration = null, string? roleReconcileConfiguration = null)
        {
            Organization = new InMemoryOrganization();
            Pipeline = new Pipeline(Organization);
            var plugins = new Dictionary<string, IPlugin>(StringComparer.Ordinal)
            {
                [typeof(MembershipPropagationPlugin).FullName!] = new MembershipPropagationPlugin(propagationConfiguration, null),
                [typeof(RoleChangeReconcilePlugin).FullName!] = new RoleChangeReconcilePlugin(roleReconcileConfiguration, null),
                [typeof(ConfigurationValidationPlugin).FullName!] = new ConfigurationValidationPlugin(),
                [typeof(ConfigurationReconcilePlugin).FullName!] = new ConfigurationReconcilePlugin(configurationReconcileConfiguration, null),
                [typeof(ReconcileApiPlugin).FullName!] = new ReconcileApiPlugin(reconcileConfiguration, null),
                [typeof(UnsavedEditsColumnPlugin).FullName!] = new UnsavedEditsColumnPlugin(),
            };
            var shipped = ShippedSteps.Steps(type => plugins[type]);
            foreach (var step in shipped)
            {
                Pipeline.Register(step);
            }
            // The steps an admin registers after the import (docs/install.md §3), unless the solution ships them.
            var propagation = plugins[typeof(MembershipPropagationPlugin).FullName!];
            var roles = plugins[typeof(RoleChangeReconcilePlugin).FullName!];
            var manual = new List<Step>();
            foreach (var message in new[] { "Associate", "Disassociate", "AddMembers", "RemoveMembers" })
            {
                var entity = message.EndsWith("Members", StringComparison.Ordinal) ? "team" : null;
                manual.Add(new Step(propagation, message, entity, 40, false));
                manual.Add(new Step(propagation, message, entity, 40, true));
                if (entity == null)
                {
                    manual.Add(new Step(roles, message, null, 40, true));
                }
            }
            foreach (var step in manual.Where(m => !shipped.Any(s => s.Plugin == m.Plugin && s.Message == m.Message && s.Asynchronous == m.Asynchronous)))
            {
                Pipeline.Register(step);
            }
            // The custom API's plug-in is its main operation, not a step file.
            Pipeline.Register(new Step(plugins[typeof(ReconcileApiPlugin).FullName!], "nw_ReconcileTeamSync", null, 30, false));
            Admin = User("Admin");
            Organization.SystemAdministrators.Add(Admin);
        }

        public InMemoryOrganization Organization { get; }

        public Pipeline Pipeline { get; }

        public Guid Admin { get; }

        public IOrganizationService As(Guid user) => Pipeline.ServiceFor(user);

        public IOrganizationService AsAdmin => Pipeline.ServiceFor(Admin);

        private readonly Dictionary<Guid, string> _names = new Dictionary<Guid, string>();

        public string NameOf(Guid id) => _names.TryGetValue(id, out var name) ? name : id.ToString();

        public Guid Team(string name, int type = 0, bool isDefault = false, Guid? administrator = null)
        {
            var team = new Entity("team") { ["name"] = name, ["teamtype"] = new OptionSetValue(type), ["isdefault"] = isDefault };
            if (administrator.HasValue)
            {
                team["administratorid"] = new EntityReference("systemuser", administrator.Value);
            }

            return Named(Organization.Insert(team), name);
        }

        public Guid User(string name) => Named(Organization.Insert(new Entity("systemuser") { ["fullname"] = name }), name);

        public Guid Role(string name, Guid? root = null)
        {
            var role = new Entity("role", Guid.NewGuid()) { ["name"] = name };
            role["parentrootroleid"] = new EntityReference("role", root ?? role.Id);
            return Named(Organization.Insert(role), name);
        }

        /// <summary>A configuration inserted as data (no validation): the state an import may leave.</summary>
        public Guid Config(Guid parent, int direction = 1, bool active = true)
        {
            return Organization.Insert(new Entity("nw_teamsyncgroup")
            {
                ["nw_name"] = NameOf(parent),
                ["nw_parentteamid"] = new EntityReference("team", parent),
                ["nw_syncdirection"] = new OptionSetValue(direction),
                ["statecode"] = new OptionSetValue(active ? 0 : 1),
            });
        }

        public Guid Member(Guid group, Guid child, int? order = null, Guid? role = null, bool active = true)
        {
            var member = new Entity("nw_teamsyncmember")
            {
                ["nw_name"] = NameOf(child),
                ["nw_teamsyncgroupid"] = new EntityReference("nw_teamsyncgroup", group),
                ["nw_childteamid"] = new EntityReference("team", child),
                ["statecode"] = new OptionSetValue(active ? 0 : 1),
            };
            if (order.HasValue)
            {
                member["nw_syncorder"] = order.Value;
            }

            if (role.HasValue)
            {
                member["nw_requiredroleid"] = new EntityReference("role", role.Value);
            }

            return Organization.Insert(member);
        }

        /// <summary>A membership as data, with a log row saying who made it (so its provenance is as given).</summary>
        public void Seed(Guid user, Guid team, bool bySync)
        {
            Organization.InsertMembership(team, user);
            if (bySync)
            {
                SeedLog(user, team, join: true);
            }
        }

        public void SeedLog(Guid user, Guid team, bool join)
        {
            Organization.Insert(new Entity("nw_teamsynclog")
            {
                ["nw_userid"] = new EntityReference("systemuser", user),
                ["nw_teamid"] = new EntityReference("team", team),
                ["nw_operation"] = new OptionSetValue(join ? 1 : 2),
                ["nw_cause"] = new OptionSetValue(2),
                ["nw_outcome"] = new OptionSetValue(1),
            });
        }

        public void AddMembers(Guid team, params Guid[] users) => Send("AddMembersTeam", team, users);

        public void RemoveMembers(Guid team, params Guid[] users) => Send("RemoveMembersTeam", team, users);

        private void Send(string message, Guid team, Guid[] users)
        {
            var request = new OrganizationRequest(message);
            request["TeamId"] = team;
            request["MemberIds"] = users;
            AsAdmin.Execute(request);
        }

        public void Associate(string relationship, EntityReference target, params EntityReference[] related) => Relate("Associate", relationship, target, related);

        public void Disassociate(string relationship, EntityReference target, params EntityReference[] related) => Relate("Disassociate", relationship, target, related);

        private void Relate(string message, string relationship, EntityReference target, EntityReference[] related)
        {
            var request = new OrganizationRequest(message);
            request["Target"] = target;
            request["Relationship"] = new Relationship(relationship);
            var collection = new EntityReferenceCollection();
            foreach (var r in related)
            {
                collection.Add(r);
            }

            request["RelatedEntities"] = collection;
            AsAdmin.Execute(request);
        }

        public static EntityReference TeamRef(Guid id) => new EntityReference("team", id);

        public static EntityReference UserRef(Guid id) => new EntityReference("systemuser", id);

        /// <summary>The teams a user is in, by name, sorted.</summary>
        public List<string> TeamsOf(Guid user)
        {
            return Organization.Rows("teammembership").Where(r => (Guid)r["systemuserid"] == user)
                .Select(r => NameOf((Guid)r["teamid"])).OrderBy(n => n, StringComparer.Ordinal).ToList();
        }

        /// <summary>Log rows written by the plugin (seeded ones have no correlation id), oldest first.</summary>
        public List<LogRow> LogRows() => AllLogRows().Where(r => r.CorrelationId != null).ToList();

        /// <summary>Every log row, seeded ones too, oldest first.</summary>
        public List<LogRow> AllLogRows() => Organization.Rows("nw_teamsynclog").Select(r => new LogRow(r)).OrderBy(r => r.CreatedOn).ToList();

        /// <summary>The rows about one user in one team, oldest first.</summary>
        public List<LogRow> LogOf(Guid user, Guid team) => AllLogRows().Where(r => r.User == user && r.Team == team).ToList();

        /// <summary>A One-way configuration of a parent and its children, in this order (sync order 10, 20, ...).</summary>
        public Guid OneWay(Guid parent, params Guid[] children) => Linked(1, parent, children);

        /// <summary>A Bidirectional configuration of a parent and its children, in this order.</summary>
        public Guid Bidirectional(Guid parent, params Guid[] children) => Linked(2, parent, children);

        private Guid Linked(int direction, Guid parent, Guid[] children)
        {
            var group = Config(parent, direction);
            for (var i = 0; i < children.Length; i++)
            {
                Member(group, children[i], 10 * (i + 1));
            }

            return group;
        }

        /// <summary>
        /// A link CL → AQ open only to holders of the role SLO, and a user u who holds it, is in CL by hand and in AQ by
        /// the sync: what a role change is about.
        /// </summary>
        public (Guid Parent, Guid Child, Guid Role, Guid User) RoleHolderOfAConditionalLink()
        {
            var cl = Team("CL");
            var aq = Team("AQ");
            var slo = Role("SLO");
            Member(Config(cl), aq, 10, slo);
            var u = User("u");
            Organization.InsertUserRole(u, slo);
            Seed(u, cl, false);
            Seed(u, aq, true);
            return (cl, aq, slo, u);
        }

        /// <summary>Teams named as given, in that order.</summary>
        public Guid[] Teams(params string[] names) => names.Select(n => Team(n)).ToArray();

        public List<ExecutionRecord> ExecutionsOf<T>() => Pipeline.Executions.Where(e => e.Plugin == typeof(T).Name).ToList();

        /// <summary>The asynchronous propagation jobs that did the work (not the ones the sync's own writes set off).</summary>
        public List<ExecutionRecord> Propagations() => ExecutionsOf<MembershipPropagationPlugin>().Where(r => r.Context.Mode == 1 && !IsEcho(r)).ToList();

        /// <summary>Executions set off by the sync's own writes, which step aside.</summary>
        public List<ExecutionRecord> Echoes() => ExecutionsOf<MembershipPropagationPlugin>().Where(IsEcho).ToList();

        private static bool IsEcho(ExecutionRecord record) => record.Trace.Any(t => t.Contains("made by the sync itself"));

        private Guid Named(Guid id, string name)
        {
            _names[id] = name;
            return id;
        }
    }
}
