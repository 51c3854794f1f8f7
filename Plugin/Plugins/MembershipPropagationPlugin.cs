using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// PostOperation on Associate/Disassociate (teammembership_association) and AddMembers/RemoveMembers of team:
    /// logs the change and propagates it along the sync links (docs/semantics.md §4, §5), the whole closure in one execution.
    /// </summary>
    public sealed class MembershipPropagationPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var services = PluginServices.From(serviceProvider);
            var trace = services.Trace;
            if (SyncMarker.IsSyncCaused(services.Context))
            {
                trace.Trace("TeamSync: change made by the sync itself; already propagated and logged");
                return;
            }
            var events = MembershipEventReader.Read(services.Context);
            if (events.Count == 0)
            {
                trace.Trace("TeamSync: {0} is not a team membership change", services.Context.MessageName);
                return;
            }
            var session = SyncSession.Open(services);
            var linked = session.Configuration.LinkedTeams();
            if (events.Any(e => linked.Contains(e.Team)))
            {
                session.LoadUsers(events.Select(e => e.User).Distinct(StringComparer.Ordinal).ToList());
            }
            else
            {
                trace.Trace("TeamSync: no sync link touches these teams; logging only");
            }
            foreach (var change in events)
            {
                session.RecordManual(change);
                if (!linked.Contains(change.Team)) continue;
                var memberships = session.MembershipsOf(change.User);
                var roles = session.RolesOf(change.User);
                var plan = change.Joined
                    ? JoinPlanner.Plan(session.Graph, change.User, change.Team, memberships, roles)
                    : LeavePlanner.Plan(session.Graph, change.User, change.Team, memberships, roles);
                trace.Trace("TeamSync: {0} {1} {2}: {3} operation(s)", change.Joined ? "join" : "leave", change.User, change.Team, plan.Operations.Count);
                foreach (var warning in plan.Warnings)
                {
                    trace.Trace("TeamSync: {0}: {1}", warning.Code, string.Join(", ", warning.Teams.Select(session.Configuration.Teams.NameOf)));
                }
                foreach (var operation in plan.Operations) session.Apply(operation);
            }
            session.WriteLog();
        }
    }
}
