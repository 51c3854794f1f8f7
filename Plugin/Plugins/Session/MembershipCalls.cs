using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>
    /// Adds or removes users to or from one team: all of them in one AddMembersTeam/RemoveMembersTeam, and only when
    /// that fails, one call per user, so that one user who cannot be added holds no one else back and is logged as
    /// failed on their own. An add that finds the user already a member changes nothing and is logged as skipped.
    /// </summary>
    public static class MembershipCalls
    {
        public static void Run(IOrganizationService service, ITracingService trace, bool join, string team, IReadOnlyList<LogEntry> entries)
        {
            try
            {
                Send(service, join, team, entries);
                foreach (var entry in entries)
                {
                    entry.Settle(Schema.Log.OutcomeDone, null);
                }

                trace.Trace("TeamSync: {0} {1} user(s) {2} {3}", join ? "added" : "removed", entries.Count, join ? "to" : "from", team);
                return;
            }
            catch (Exception error) when (entries.Count > 1)
            {
                trace.Trace("TeamSync: {0} of {1} user(s) for {2} failed ({3}); one call per user", join ? "add" : "remove", entries.Count, team, error.Message);
            }
            catch (Exception error)
            {
                Settle(entries[0], join, error, trace);
                return;
            }
            foreach (var entry in entries)
            {
                try
                {
                    Send(service, join, team, new[] { entry });
                    entry.Settle(Schema.Log.OutcomeDone, null);
                }
                catch (Exception error)
                {
                    Settle(entry, join, error, trace);
                }
            }
        }

        private static void Send(IOrganizationService service, bool join, string team, IReadOnlyList<LogEntry> entries)
        {
            var request = new OrganizationRequest(join ? Schema.Messages.AddMembersTeam : Schema.Messages.RemoveMembersTeam);
            request[Schema.Parameters.TeamId] = Ids.Parse(team);
            request[Schema.Parameters.MemberIds] = entries.Select(e => Ids.Parse(e.User)).ToArray();
            SyncMarker.Mark(request);
            service.Execute(request);
        }

        private static void Settle(LogEntry entry, bool join, Exception error, ITracingService trace)
        {
            if (join && error is FaultException<OrganizationServiceFault> fault && fault.Detail != null && fault.Detail.ErrorCode == Schema.DuplicateRecordFault)
            {
                trace.Trace("TeamSync: {0} already in {1}", entry.User, entry.Team);
                entry.Settle(Schema.Log.OutcomeSkipped, LogTexts.AlreadyMember);
                return;
            }
            trace.Trace("TeamSync: {0} {1} {2} failed: {3}", join ? "add" : "remove", entry.User, entry.Team, error.Message);
            entry.Settle(Schema.Log.OutcomeFailed, error.Message);
        }
    }
}
