using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// One execution's view of the organization: the configuration read once, the users' (or teams') memberships,
    /// provenance and roles read once each, kept current as operations apply, and its log written as it goes.
    /// Queries: one for the configuration, one each for memberships, provenance and (when a link has a condition) roles.
    /// </summary>
    public sealed class SyncSession
    {
        private readonly PluginServices _services;
        private readonly Dictionary<string, Dictionary<string, Provenance>> _memberships = new Dictionary<string, Dictionary<string, Provenance>>(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        private readonly List<LogEntry> _log = new List<LogEntry>();

        private SyncSession(PluginServices services, SyncConfiguration configuration)
        {
            _services = services;
            Configuration = configuration;
            Graph = SyncGraph.Build(configuration.Model);
            Log = new LogBook(services.Service, services.Context, configuration.Teams);
        }

        public LogBook Log { get; }

        public ITracingService Trace => _services.Trace;

        public SyncConfiguration Configuration { get; }

        public SyncGraph Graph { get; }

        /// <summary>The rows this session wrote for the changes it made or skipped.</summary>
        public IReadOnlyList<LogEntry> Entries => _log;

        public static SyncSession Open(PluginServices services) => Open(services, ConfigurationReader.ReadActive(services.Service));

        /// <summary>A session over a configuration already read (e.g. with inactive records too); its graph is that configuration's.</summary>
        public static SyncSession Open(PluginServices services, SyncConfiguration configuration)
        {
            var session = new SyncSession(services, configuration);
            services.Trace.Trace("TeamSync: read {0} configuration(s); conditions: {1}", session.Configuration.Model.Configs.Count, session.Graph.HasConditions);
            return session;
        }

        /// <summary>Reads the memberships, their provenance and (only when a link has a condition) the roles of these users.</summary>
        public void LoadUsers(IReadOnlyCollection<string> users)
        {
            var service = _services.Service;
            var teams = MembershipReader.Read(service, users, Configuration.Teams);
            var provenance = ProvenanceReader.Read(service, users, teams.Values.SelectMany(t => t).Distinct(StringComparer.Ordinal).ToList());
            var roles = Graph.HasConditions ? RoleReader.Read(service, users) : null;
            Keep(users, teams, provenance, roles);
            _services.Trace.Trace("TeamSync: read memberships of {0} user(s)", users.Count);
        }

        /// <summary>
        /// Reads the members of these teams, with their memberships among them only, the provenance of those, and (when
        /// <paramref name="withRoles"/>: some link, before or after a change, has a condition) the members' roles.
        /// Each is one query whatever the number of users, so a large team costs pages, not queries per user.
        /// </summary>
        public IReadOnlyCollection<string> LoadTeams(IReadOnlyCollection<string> teams, bool withRoles)
        {
            var service = _services.Service;
            var memberships = MembershipReader.ReadTeams(service, teams, Configuration.Teams);
            var provenance = ProvenanceReader.ReadTeams(service, teams);
            var roles = withRoles ? RoleReader.ReadTeams(service, teams) : null;
            var users = memberships.Keys.ToList();
            Keep(users, memberships, provenance, roles);
            _services.Trace.Trace("TeamSync: read {0} member(s) of {1} team(s)", users.Count, teams.Count);
            return users;
        }

        private void Keep(IEnumerable<string> users, Dictionary<string, HashSet<string>> teams, Dictionary<string, Dictionary<string, Provenance>> provenance, Dictionary<string, HashSet<string>>? roles)
        {
            foreach (var user in users)
            {
                var logged = provenance.TryGetValue(user, out var causes) ? causes : new Dictionary<string, Provenance>();
                var byTeam = new Dictionary<string, Provenance>(StringComparer.Ordinal);
                foreach (var team in teams[user])
                {
                    byTeam[team] = logged.TryGetValue(team, out var cause) ? cause : Provenance.Manual;
                }
                _memberships[user] = byTeam;
                _roles[user] = roles != null && roles.TryGetValue(user, out var held) ? held : new HashSet<string>(StringComparer.Ordinal);
            }
        }

        public IReadOnlyDictionary<string, Provenance> MembershipsOf(string user) => _memberships[user];

        public IReadOnlyCollection<string> RolesOf(string user) => _roles[user];

        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, Provenance>> AllMemberships()
        {
            return _memberships.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, Provenance>)p.Value, StringComparer.Ordinal);
        }

        public IReadOnlyDictionary<string, IReadOnlyCollection<string>> AllRoles()
        {
            return _roles.ToDictionary(p => p.Key, p => (IReadOnlyCollection<string>)p.Value, StringComparer.Ordinal);
        }

        /// <summary>
        /// Makes these changes, one call per target team and kind, in batches: each batch's rows are written
        /// (unconfirmed) before its calls and confirmed after them. A batch has at most <paramref name="callsPerBatch"/>
        /// calls (the budget is checked between batches, so one must stay short) and <see cref="LogBook.BatchRows"/> rows.
        /// Before each batch but the first, <paramref name="hasTime"/> says whether another fits in the budget; the
        /// operations left are returned. A managed target is skipped (its type may have changed since its link was saved).
        /// </summary>
        public IReadOnlyList<Operation> Apply(IReadOnlyList<Operation> operations, int callsPerBatch, Func<bool> hasTime)
        {
            var skipped = new List<LogEntry>();
            var calls = new List<MembershipCall>();
            var callOf = new Dictionary<string, MembershipCall>(StringComparer.Ordinal);
            foreach (var operation in operations)
            {
                var join = operation.Kind == OperationKind.Add;
                var team = Configuration.Teams.Find(operation.Team);
                if (team != null && team.IsManaged)
                {
                    _services.Trace.Trace("TeamSync: skipped {0} of {1} to managed team {2}", join ? "add" : "remove", operation.User, operation.Team);
                    skipped.Add(new LogEntry(operation.User, operation.Team, join, true, operation.Via, Schema.Log.OutcomeSkipped, LogTexts.ManagedTeam));
                    continue;
                }
                var key = (join ? "+" : "-") + operation.Team;
                if (!callOf.TryGetValue(key, out var call))
                {
                    callOf[key] = call = new MembershipCall(join, operation.Team);
                    calls.Add(call);
                }
                call.Entries.Add(new LogEntry(operation.User, operation.Team, join, true, operation.Via, Schema.Log.OutcomeFailed, LogTexts.Unconfirmed));
                call.Operations.Add(operation);
            }
            if (skipped.Count > 0)
            {
                Log.Write(skipped);
                _log.AddRange(skipped);
            }
            var next = 0;
            while (next < calls.Count)
            {
                if (next > 0 && !hasTime())
                {
                    var left = calls.Skip(next).SelectMany(c => c.Operations).ToList();
                    _services.Trace.Trace("TeamSync: time budget reached; {0} operation(s) left", left.Count);
                    return left;
                }
                var batch = new List<MembershipCall>();
                var rows = 0;
                while (next < calls.Count && batch.Count < callsPerBatch && (batch.Count == 0 || rows + calls[next].Entries.Count <= LogBook.BatchRows))
                {
                    rows += calls[next].Entries.Count;
                    batch.Add(calls[next++]);
                }
                var entries = batch.SelectMany(c => c.Entries).ToList();
                Log.WriteIntents(entries);
                foreach (var call in batch)
                {
                    MembershipCalls.Run(_services.Service, _services.Trace, call.Join, call.Team, call.Entries);
                }

                Log.Confirm(entries);
                foreach (var entry in entries.Where(e => e.Outcome == Schema.Log.OutcomeDone))
                {
                    Changed(entry.User, entry.Team, entry.Join);
                }

                _log.AddRange(entries);
            }
            return new List<Operation>();
        }

        /// <summary>Plans as if these operations were made: later plans of the same execution see them.</summary>
        public void Expect(IEnumerable<Operation> operations)
        {
            foreach (var operation in operations)
            {
                Changed(operation.User, operation.Team, operation.Kind == OperationKind.Add);
            }
        }

        private void Changed(string user, string team, bool join)
        {
            if (!_memberships.TryGetValue(user, out var teams))
            {
                return;
            }

            if (join)
            {
                teams[team] = Provenance.Sync;
            }
            else
            {
                teams.Remove(team);
            }
        }
    }
}
