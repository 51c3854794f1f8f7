using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// PostOperation on Associate/Disassociate (teammembership_association) and AddMembers/RemoveMembers of team.
    /// The synchronous step logs the change as manual at the moment it happens. The asynchronous step propagates it
    /// along the sync links (docs/semantics.md §4, §5), planning from the memberships and provenance as they are when it runs, and
    /// only while the change still stands (a join whose user has left the team since has nothing to add). Near its
    /// time budget it stops between batches and queues a continuation, which this plugin runs too (Update of the
    /// continuation's nw_teamsynclog row), as it runs those the reconcile steps queue.
    /// </summary>
    public sealed class MembershipPropagationPlugin : TeamSyncPlugin
    {
        private readonly ReconcileSettings _settings;

        public MembershipPropagationPlugin() : this(null, null)
        {
        }

        /// <summary>The unsecure configuration may set "budgetSeconds=N" (default 60).</summary>
        public MembershipPropagationPlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            _settings = ReconcileSettings.Parse(unsecureConfiguration);
        }

        protected override void Run(PluginServices services, Stopwatch clock)
        {
            var context = services.Context;
            var trace = services.Trace;
            if (ContinuationReader.IsContinuation(context))
            {
                var unfinished = ContinuationReader.Read(services.Service, context, out var reconcile);
                trace.Trace("TeamSync: continuation of {0} {1}", unfinished.Count, reconcile ? "reconcile(s)" : "change(s)");
                if (unfinished.Count == 0)
                {
                    return;
                }

                if (reconcile)
                {
                    UserReconcile.Run(SyncSession.Open(services), unfinished.Select(e => e.User).ToList(), _settings, clock);
                }
                else
                {
                    Propagate(services, unfinished, clock);
                }

                return;
            }
            if (MadeBySync(services))
            {
                return;
            }

            var events = MembershipEventReader.Read(context);
            if (events.Count == 0)
            {
                trace.Trace("TeamSync: {0} is not a team membership change", context.MessageName);
                return;
            }
            if (context.Mode == Schema.Step.ModeSynchronous)
            {
                RecordManual(services, events);
                return;
            }
            Propagate(services, events, clock);
        }

        /// <summary>Manual changes are logged when they happen, so a job that runs later reads their provenance right.</summary>
        private static void RecordManual(PluginServices services, IReadOnlyList<MembershipEvent> events)
        {
            var teams = TeamReader.Read(services.Service, events.Select(e => e.Team).Distinct(StringComparer.Ordinal).ToList());
            var log = new LogBook(services.Service, services.Context, teams);
            log.Write(events.Select(e => new LogEntry(e.User, e.Team, e.Joined, false, new[] { e.Team }, Schema.Log.OutcomeDone, null)).ToList());
            services.Trace.Trace("TeamSync: logged {0} manual change(s)", events.Count);
        }

        private void Propagate(PluginServices services, IReadOnlyList<MembershipEvent> events, Stopwatch clock)
        {
            var trace = services.Trace;
            var session = SyncSession.Open(services);
            var linked = session.Configuration.LinkedTeams();
            var relevant = events.Where(e => linked.Contains(e.Team)).ToList();
            if (relevant.Count == 0)
            {
                trace.Trace("TeamSync: no sync link touches these teams; nothing to propagate");
                return;
            }
            session.LoadUsers(relevant.Select(e => e.User).Distinct(StringComparer.Ordinal).ToList());
            var operations = new List<Operation>();
            var planned = new List<MembershipEvent>();
            foreach (var change in relevant)
            {
                var memberships = session.MembershipsOf(change.User);
                if (memberships.ContainsKey(change.Team) != change.Joined)
                {
                    trace.Trace("TeamSync: {0} {1} {2} no longer stands; the change that undid it propagates instead", change.Joined ? "join" : "leave", change.User, change.Team);
                    continue;
                }
                var roles = session.RolesOf(change.User);
                var plan = change.Joined
                    ? JoinPlanner.Plan(session.Graph, change.User, change.Team, memberships, roles)
                    : LeavePlanner.Plan(session.Graph, change.User, change.Team, memberships, roles);
                trace.Trace("TeamSync: {0} {1} {2}: {3} operation(s)", change.Joined ? "join" : "leave", change.User, change.Team, plan.Operations.Count);
                foreach (var warning in plan.Warnings)
                {
                    trace.Trace("TeamSync: {0}: {1}", warning.Code, string.Join(", ", warning.Teams.Select(session.Configuration.Teams.NameOf)));
                }
                session.Expect(plan.Operations);
                operations.AddRange(plan.Operations);
                planned.Add(change);
            }
            var left = session.Apply(operations, _settings.BatchCalls, () => clock.Elapsed < _settings.Budget);
            if (left.Count == 0)
            {
                return;
            }

            var users = new HashSet<string>(left.Select(o => o.User), StringComparer.Ordinal);
            var unfinished = planned.Where(e => users.Contains(e.User)).ToList();
            session.Log.QueueContinuation(unfinished, LogTexts.Continuation);
            trace.Trace("TeamSync: queued the continuation of {0} change(s)", unfinished.Count);
        }
    }
}
