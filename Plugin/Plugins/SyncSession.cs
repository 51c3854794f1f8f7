using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// One execution's view of the organization: the configuration read once, the users' (or teams') memberships,
    /// provenance and roles read once each, kept current as operations apply, and the log rows to write at the end.
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
        }

        public SyncConfiguration Configuration { get; }

        public SyncGraph Graph { get; }

        public IReadOnlyList<LogEntry> Log => _log;

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
            var provenance = ProvenanceReader.Read(service, users);
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

        /// <summary>The change that triggered this execution, made by someone other than the sync: logged as manual.</summary>
        public void RecordManual(MembershipEvent change)
        {
            if (_memberships.TryGetValue(change.User, out var teams))
            {
                if (change.Joined) teams[change.Team] = Provenance.Manual;
                else teams.Remove(change.Team);
            }
            _log.Add(new LogEntry(change.User, change.Team, change.Joined, false, new[] { change.Team }, Schema.Log.OutcomeDone, null));
        }

        /// <summary>
        /// Makes one change with one call, isolated: a failure is logged and the rest go on. A managed target is
        /// skipped (its type may have changed since its link was saved); an add that finds the user already a
        /// member succeeds without changing anything, so it is logged as skipped and leaves provenance as it was.
        /// </summary>
        public LogEntry Apply(Operation operation)
        {
            var join = operation.Kind == OperationKind.Add;
            var entry = Execute(operation, join);
            if (entry.Outcome == Schema.Log.OutcomeDone && _memberships.TryGetValue(operation.User, out var teams))
            {
                if (join) teams[operation.Team] = Provenance.Sync;
                else teams.Remove(operation.Team);
            }
            _log.Add(entry);
            return entry;
        }

        private LogEntry Execute(Operation operation, bool join)
        {
            var trace = _services.Trace;
            var team = Configuration.Teams.Find(operation.Team);
            if (team != null && team.IsManaged)
            {
                trace.Trace("TeamSync: skipped {0} of {1} to managed team {2}", join ? "add" : "remove", operation.User, operation.Team);
                return Entry(operation, join, Schema.Log.OutcomeSkipped, "The team's members are managed elsewhere (Entra ID group or business unit default team).");
            }
            var request = new OrganizationRequest(join ? Schema.Messages.AddMembersTeam : Schema.Messages.RemoveMembersTeam);
            request[Schema.Parameters.TeamId] = Ids.Parse(operation.Team);
            request[Schema.Parameters.MemberIds] = new[] { Ids.Parse(operation.User) };
            SyncMarker.Mark(request);
            try
            {
                _services.Service.Execute(request);
                trace.Trace("TeamSync: {0} {1} {2} done", join ? "added" : "removed", operation.User, operation.Team);
                return Entry(operation, join, Schema.Log.OutcomeDone, null);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (join && fault.Detail != null && fault.Detail.ErrorCode == Schema.DuplicateRecordFault)
            {
                trace.Trace("TeamSync: {0} already in {1}", operation.User, operation.Team);
                return Entry(operation, join, Schema.Log.OutcomeSkipped, "Already a member.");
            }
            catch (Exception error)
            {
                trace.Trace("TeamSync: {0} {1} {2} failed: {3}", join ? "add" : "remove", operation.User, operation.Team, error.Message);
                return Entry(operation, join, Schema.Log.OutcomeFailed, error.Message);
            }
        }

        private static LogEntry Entry(Operation operation, bool join, int outcome, string? error)
        {
            return new LogEntry(operation.User, operation.Team, join, true, operation.Via, outcome, error);
        }

        public void WriteLog()
        {
            SyncLogWriter.Write(_services.Service, _services.Context, Configuration.Teams, _log);
            _services.Trace.Trace("TeamSync: wrote {0} log row(s)", _log.Count);
        }
    }
}
