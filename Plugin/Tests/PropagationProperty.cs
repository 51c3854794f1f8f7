using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Plugins.Tests.Fakes;

namespace TeamSync.Plugins.Tests
{
    /// <summary>
    /// One random schedule of the model-based property test: joins, leaves, manual re-adds, role and business-unit
    /// changes and configuration edits by two admins, with asynchronous jobs run in random order in between, random
    /// stops (the sandbox limit) and random failed calls in those jobs; then the queue drains and one reconcile runs,
    /// and the outcome is checked against docs/semantics.md §4–§5 computed here, independently of the engine. Links are One-way
    /// (validation keeps them acyclic), so docs/semantics.md §5's bidirectional exception, where sync may remove a manual
    /// membership, is not part of the model.
    /// </summary>
    public sealed class PropagationProperty
    {
        private const int Teams = 5;
        private const int Users = 3;

        private readonly Random _random;
        private readonly World _w;
        private readonly List<Guid> _teams;
        private readonly List<Guid> _users;
        private readonly Guid _role;
        private readonly List<Guid> _admins;
        private readonly Dictionary<Guid, Guid> _groups = new Dictionary<Guid, Guid>();
        private readonly List<Guid> _links = new List<Guid>();
        private readonly Dictionary<ExecutionRecord, int> _stopAt = new Dictionary<ExecutionRecord, int>();
        private readonly List<string> _steps = new List<string>();

        public PropagationProperty(int seed)
        {
            _random = new Random(seed);
            // Half the schedules give every step a spent budget and one call per batch: continuations everywhere.
            var budget = _random.Next(2) == 0 ? null : "budgetSeconds=0;batchCalls=1";
            _w = new World(configurationReconcileConfiguration: budget, propagationConfiguration: budget, roleReconcileConfiguration: budget);
            _w.Pipeline.HoldAsync = true;
            _teams = Enumerable.Range(0, Teams).Select(i => _w.Team("T" + i)).ToList();
            _users = Enumerable.Range(0, Users).Select(i => _w.User("U" + i)).ToList();
            _role = _w.Role("R");
            var second = _w.User("Admin 2");
            _w.Organization.SystemAdministrators.Add(second);
            _admins = new List<Guid> { _w.Admin, second };
            _w.Pipeline.StopAfterCall = Stop;
            _w.Pipeline.FailCall = (record, request) => record.Context.Mode == 1 && _random.NextDouble() < 0.05;
        }

        /// <summary>What was done, for a failure message.</summary>
        public string Trail => string.Join("; ", _steps);

        public void Run()
        {
            var actions = 6 + _random.Next(12);
            for (var i = 0; i < actions; i++)
            {
                Act();
            }

            _w.Pipeline.StopAfterCall = null;
            _w.Pipeline.FailCall = null;
            _w.Pipeline.DrainPending(_random);
            Reconcile();
            _w.Pipeline.DrainPending(_random);
            Check();
        }

        /// <summary>
        /// An execution is stopped, now and then, after a random call: an asynchronous job leaves its follow-up to a
        /// continuation; a synchronous step fails its request, whose transaction rolls back (the change never happened).
        /// </summary>
        private bool Stop(ExecutionRecord record)
        {
            if (!_stopAt.TryGetValue(record, out var at))
            {
                var chance = record.Context.Mode == 1 ? 0.15 : 0.05;
                _stopAt[record] = at = _random.NextDouble() < chance ? 1 + _random.Next(record.Context.Mode == 1 ? 8 : 3) : int.MaxValue;
            }

            return record.ServiceCalls >= at;
        }

        private IOrganizationService Admin => _w.As(_admins[_random.Next(_admins.Count)]);

        private T Pick<T>(IReadOnlyList<T> list) => list[_random.Next(list.Count)];

        private void Act()
        {
            var user = Pick(_users);
            var team = Pick(_teams);
            var member = _w.Organization.IsMember(user, team);
            switch (_random.Next(8))
            {
                case 0:
                case 1:
                    if (member)
                    {
                        goto case 2;
                    }

                    _steps.Add(_w.NameOf(user) + " joins " + _w.NameOf(team));
                    Membership(true, team, user);
                    break;
                case 2:
                    if (!member)
                    {
                        goto case 0;
                    }

                    _steps.Add(_w.NameOf(user) + " leaves " + _w.NameOf(team));
                    Membership(false, team, user);
                    break;
                case 3:
                    if (!member)
                    {
                        goto case 0;
                    }

                    _steps.Add(_w.NameOf(user) + " re-added to " + _w.NameOf(team));
                    if (Membership(false, team, user))
                    {
                        Membership(true, team, user);
                    }

                    break;
                case 4:
                    RoleChange(user);
                    break;
                case 5:
                case 6:
                    EditConfiguration();
                    break;
                default:
                    var jobs = _random.Next(1 + _w.Pipeline.Pending.Count);
                    _steps.Add("run " + jobs + " job(s)");
                    for (var i = 0; i < jobs && _w.Pipeline.Pending.Count > 0; i++)
                    {
                        _w.Pipeline.RunPending(_random.Next(_w.Pipeline.Pending.Count));
                    }

                    break;
            }
        }

        private bool Membership(bool join, Guid team, Guid user)
        {
            var request = _random.Next(2) == 0
                ? new OrganizationRequest(join ? "AddMembersTeam" : "RemoveMembersTeam") { ["TeamId"] = team, ["MemberIds"] = new[] { user } }
                : new OrganizationRequest(join ? "Associate" : "Disassociate")
                {
                    ["Target"] = World.TeamRef(team),
                    ["Relationship"] = new Relationship("teammembership_association"),
                    ["RelatedEntities"] = new EntityReferenceCollection { World.UserRef(user) },
                };
            return Send(request);
        }

        /// <summary>A user's request; one whose synchronous step the sandbox stopped failed and changed nothing.</summary>
        private bool Send(OrganizationRequest request)
        {
            try
            {
                Admin.Execute(request);
                return true;
            }
            catch (ExecutionStopped)
            {
                _steps.Add("(stopped in a synchronous step: rolled back)");
                return false;
            }
        }

        private void RoleChange(Guid user)
        {
            if (_random.Next(3) == 0)
            {
                _steps.Add(_w.NameOf(user) + " moves business unit");
                Send(new OrganizationRequest("Update") { ["Target"] = new Entity("systemuser", user) { ["businessunitid"] = new EntityReference("businessunit", Guid.NewGuid()) } });
                return;
            }
            var has = _w.Organization.HasRole(user, _role);
            _steps.Add(_w.NameOf(user) + (has ? " loses" : " gains") + " R");
            Send(new OrganizationRequest(has ? "Disassociate" : "Associate")
            {
                ["Target"] = World.UserRef(user),
                ["Relationship"] = new Relationship("systemuserroles_association"),
                ["RelatedEntities"] = new EntityReferenceCollection { new EntityReference("role", _role) },
            });
        }

        private void EditConfiguration()
        {
            try
            {
                if (_links.Count > 0 && _random.Next(3) == 0)
                {
                    var link = Pick(_links);
                    var active = _w.Organization.Get("nw_teamsyncmember", link).GetAttributeValue<OptionSetValue>("statecode").Value != 0;
                    var message = _random.Next(2) == 0 ? "SetState" : "SetStateDynamicEntity";
                    _steps.Add((active ? "activate" : "deactivate") + " a link by " + message);
                    Admin.Execute(Requests.SetState("nw_teamsyncmember", link, active, message));
                    return;
                }
                // Parent before child: One-way links that validation accepts stay acyclic.
                var parent = _random.Next(Teams - 1);
                var child = parent + 1 + _random.Next(Teams - 1 - parent);
                var conditional = _random.Next(3) == 0;
                _steps.Add("link T" + parent + " > T" + child + (conditional ? " if R" : string.Empty));
                if (!_groups.TryGetValue(_teams[parent], out var group))
                {
                    group = Admin.Create(new Entity("nw_teamsyncgroup")
                    {
                        ["nw_name"] = "T" + parent,
                        ["nw_parentteamid"] = World.TeamRef(_teams[parent]),
                        ["nw_syncdirection"] = new OptionSetValue(1),
                    });
                    _groups[_teams[parent]] = group;
                }
                var record = new Entity("nw_teamsyncmember")
                {
                    ["nw_name"] = "T" + child,
                    ["nw_teamsyncgroupid"] = new EntityReference("nw_teamsyncgroup", group),
                    ["nw_childteamid"] = World.TeamRef(_teams[child]),
                };
                if (conditional)
                {
                    record["nw_requiredroleid"] = new EntityReference("role", _role);
                }

                _links.Add(Admin.Create(record));
            }
            catch (InvalidPluginExecutionException refused)
            {
                _steps.Add("refused: " + refused.Message);
            }
            catch (ExecutionStopped)
            {
                _steps.Add("(stopped in a synchronous step: rolled back)");
            }
        }

        private void Reconcile()
        {
            var token = string.Empty;
            do
            {
                var request = new OrganizationRequest("nw_ReconcileTeamSync") { ["Mode"] = "apply" };
                if (token.Length > 0)
                {
                    request["PageToken"] = token;
                }

                token = (string)_w.AsAdmin.Execute(request)["NextPageToken"];
            }
            while (token.Length > 0);
        }

        private void Check()
        {
            var history = _w.Organization.History;
            var manual = new Dictionary<(Guid, Guid), bool>();
            foreach (var change in history)
            {
                var pair = (change.Team, change.User);
                var bySync = change.Actor == Pipeline.SystemUser;
                if (bySync && !change.Joined && manual.TryGetValue(pair, out var wasManual) && wasManual)
                {
                    throw new PropertyFailure("the sync removed " + Describe(pair) + ", a manual membership");
                }
                manual[pair] = !bySync && change.Joined;
            }
            foreach (var user in _users)
            {
                var required = Required(user, _teams.Where(t => manual.TryGetValue((t, user), out var m) && m).ToList());
                foreach (var team in _teams)
                {
                    var isMember = _w.Organization.IsMember(user, team);
                    if (isMember != required.Contains(team))
                    {
                        throw new PropertyFailure(Describe((team, user)) + (isMember ? " is a member though nothing requires it" : " is missing though docs/semantics.md §4–§6 require it") + Evidence(user, team));
                    }
                    if (isMember && !(manual.TryGetValue((team, user), out var m) && m) && !ExplainedBySync(user, team))
                    {
                        throw new PropertyFailure(Describe((team, user)) + " is a sync membership without a log row that explains it" + Evidence(user, team));
                    }
                }
            }
            CheckRowsClaimOnlyWhatHappened(history);
        }

        /// <summary>docs/semantics.md §3: the manual teams and every team they reach over the final active links the user's roles open.</summary>
        private HashSet<Guid> Required(Guid user, IEnumerable<Guid> manualTeams)
        {
            var groups = _w.Organization.Rows("nw_teamsyncgroup").Where(g => g.GetAttributeValue<OptionSetValue>("statecode").Value == 0)
                .ToDictionary(g => g.Id, g => g.GetAttributeValue<EntityReference>("nw_parentteamid").Id);
            var edges = _w.Organization.Rows("nw_teamsyncmember")
                .Where(m => m.GetAttributeValue<OptionSetValue>("statecode").Value == 0 && groups.ContainsKey(m.GetAttributeValue<EntityReference>("nw_teamsyncgroupid").Id))
                .Where(m => m.GetAttributeValue<EntityReference>("nw_requiredroleid") == null || _w.Organization.HasRole(user, m.GetAttributeValue<EntityReference>("nw_requiredroleid").Id))
                .Select(m => (From: groups[m.GetAttributeValue<EntityReference>("nw_teamsyncgroupid").Id], To: m.GetAttributeValue<EntityReference>("nw_childteamid").Id))
                .ToList();
            var reached = new HashSet<Guid>(manualTeams);
            var queue = new Queue<Guid>(reached);
            while (queue.Count > 0)
            {
                var from = queue.Dequeue();
                foreach (var edge in edges.Where(e => e.From == from && reached.Add(e.To)))
                {
                    queue.Enqueue(edge.To);
                }
            }
            return reached;
        }

        /// <summary>The newest row that explains the membership (see <see cref="LogRow.Explains"/>) is the sync's join.</summary>
        private bool ExplainedBySync(Guid user, Guid team)
        {
            var last = _w.LogOf(user, team).LastOrDefault(r => r.Explains);
            return last != null && last.Join && last.BySync;
        }

        /// <summary>Per user, team, operation and cause: done rows ≤ changes that happened ≤ done and unconfirmed rows.</summary>
        private void CheckRowsClaimOnlyWhatHappened(IEnumerable<(Guid Team, Guid User, bool Joined, Guid Actor)> history)
        {
            var happened = history.GroupBy(h => (h.Team, h.User, h.Joined, Sync: h.Actor == Pipeline.SystemUser)).ToDictionary(g => g.Key, g => g.Count());
            var rows = _w.AllLogRows().Where(r => r.RecordsAChange).GroupBy(r => (r.Team, r.User, Joined: r.Join, Sync: r.BySync));
            var keys = new HashSet<(Guid, Guid, bool, bool)>(happened.Keys);
            var counted = rows.ToDictionary(g => g.Key, g => (Done: g.Count(r => r.Outcome == Outcome.Done), Unconfirmed: g.Count(r => r.Unconfirmed)));
            keys.UnionWith(counted.Keys);
            foreach (var key in keys)
            {
                happened.TryGetValue(key, out var made);
                counted.TryGetValue(key, out var logged);
                if (logged.Done > made || made > logged.Done + logged.Unconfirmed)
                {
                    throw new PropertyFailure(Describe((key.Item1, key.Item2)) + ": " + made + " " + (key.Item3 ? "join(s)" : "leave(s)") + " by " + (key.Item4 ? "sync" : "hand")
                        + " happened; the log claims " + logged.Done + " done and " + logged.Unconfirmed + " unconfirmed");
                }
            }
        }

        private string Describe((Guid Team, Guid User) pair) => _w.NameOf(pair.User) + " in " + _w.NameOf(pair.Team);

        /// <summary>The pair's changes and log rows, in order, for a failure message.</summary>
        private string Evidence(Guid user, Guid team)
        {
            var changes = _w.Organization.History.Where(h => h.User == user && h.Team == team)
                .Select(h => (h.Joined ? "joined" : "left") + (h.Actor == Pipeline.SystemUser ? " by sync" : " by hand"));
            var rows = _w.LogOf(user, team).Select(r => (r.Join ? "join" : "leave") + (r.BySync ? " sync " : " manual ") + r.Outcome + (r.Error == null ? string.Empty : " (" + r.Error + ")"));
            return "\nchanges: " + string.Join(", ", changes) + "\nrows: " + string.Join(", ", rows);
        }

        public sealed class PropertyFailure : Exception
        {
            public PropertyFailure(string message) : base(message)
            {
            }
        }
    }
}
