using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// Custom API nw_ReconcileTeamSync (unbound): docs/semantics.md §6 for a page of users. Mode `report` only plans; `apply`
    /// makes the changes and logs them like propagation. Returns NextPageToken (the last user done) when it stopped
    /// early, at the page size or the time budget, and resumes after that user when given it back.
    /// </summary>
    public sealed class ReconcileApiPlugin : TeamSyncPlugin
    {
        private readonly ReconcileSettings _settings;

        public ReconcileApiPlugin() : this(null, null)
        {
        }

        public ReconcileApiPlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            _settings = ReconcileSettings.Parse(unsecureConfiguration);
        }

        protected override void Run(PluginServices services, Stopwatch clock)
        {
            var trace = services.Trace;
            if (services.Context.MessageName != Schema.Messages.ReconcileTeamSync)
            {
                trace.Trace("TeamSync: {0} is not {1}", services.Context.MessageName, Schema.Messages.ReconcileTeamSync);
                return;
            }
            var input = services.Context.InputParameters;
            var mode = Text(input, Schema.ReconcileApi.Mode) ?? Schema.ReconcileApi.ModeReport;
            if (mode != Schema.ReconcileApi.ModeReport && mode != Schema.ReconcileApi.ModeApply)
            {
                throw new InvalidPluginExecutionException(Refusals.UnknownMode(mode));
            }
            var apply = mode == Schema.ReconcileApi.ModeApply;
            var team = Id(input, Schema.ReconcileApi.TeamId);
            var user = Id(input, Schema.ReconcileApi.UserId);
            var token = Text(input, Schema.ReconcileApi.PageToken);
            if (team != null && user != null)
            {
                throw new InvalidPluginExecutionException(Refusals.UserAndTeam(Schema.ReconcileApi.UserId, Schema.ReconcileApi.TeamId));
            }

            var session = SyncSession.Open(services);
            var candidates = user != null ? new List<string> { user } : ReconcileCandidates.Find(services.Service, session.Configuration, team);
            var remaining = candidates.Where(u => string.IsNullOrEmpty(token) || string.CompareOrdinal(u, token) > 0).ToList();
            var page = remaining.Take(_settings.PageSize).ToList();
            trace.Trace("TeamSync: reconcile {0}: {1} candidate(s), {2} in this page", mode, candidates.Count, page.Count);
            session.LoadUsers(page);
            var plan = Reconciler.Plan(session.Graph, session.AllMemberships(), session.AllRoles());

            var entries = new List<LogEntry>();
            string? lastDone = null;
            var stoppedEarly = false;
            foreach (var group in plan.Operations.GroupBy(o => o.User))
            {
                // At least one user per call, so that every call moves the token on.
                if (apply && lastDone != null && clock.Elapsed >= _settings.Budget)
                {
                    stoppedEarly = true;
                    trace.Trace("TeamSync: time budget reached after {0}", lastDone);
                    break;
                }
                if (apply)
                {
                    session.Apply(group.ToList(), _settings.BatchCalls, () => true);
                }
                else
                {
                    entries.AddRange(group.Select(o => new LogEntry(o.User, o.Team, o.Kind == OperationKind.Add, true, o.Via, Schema.Log.OutcomeDone, null)));
                }

                lastDone = group.Key;
            }
            if (apply)
            {
                entries.AddRange(session.Entries);
            }

            // Users whose plan was empty count as done; a stop mid-page resumes after the last user applied.
            var next = stoppedEarly ? lastDone! : remaining.Count > page.Count ? page[page.Count - 1] : string.Empty;
            var output = services.Context.OutputParameters;
            output[Schema.ReconcileApi.Adds] = entries.Count(e => e.Join && Counts(e, apply));
            output[Schema.ReconcileApi.Removes] = entries.Count(e => !e.Join && Counts(e, apply));
            output[Schema.ReconcileApi.Failed] = entries.Count(e => e.Outcome == Schema.Log.OutcomeFailed);
            output[Schema.ReconcileApi.Report] = ReportJson.Write(entries, session.Configuration.Teams, apply);
            output[Schema.ReconcileApi.NextPageToken] = next;
            trace.Trace("TeamSync: reconcile {0} returned {1} operation(s); next page token '{2}'", mode, entries.Count, next);
        }

        private static bool Counts(LogEntry entry, bool apply) => !apply || entry.Outcome == Schema.Log.OutcomeDone;

        private static string? Text(ParameterCollection input, string name)
        {
            return input.TryGetValue(name, out var value) ? value as string : null;
        }

        /// <summary>
        /// A Guid parameter, or an EntityReference one: either way the record's id, or null when absent. The empty id is
        /// refused rather than read as "everyone": a caller who meant one record must not reconcile them all.
        /// </summary>
        private static string? Id(ParameterCollection input, string name)
        {
            if (!input.TryGetValue(name, out var value) || value == null)
            {
                return null;
            }

            Guid id;
            if (value is Guid guid)
            {
                id = guid;
            }
            else if (value is EntityReference reference)
            {
                id = reference.Id;
            }
            else if (value is string text && Guid.TryParse(text, out var parsed))
            {
                id = parsed;
            }
            else
            {
                throw new InvalidPluginExecutionException(Refusals.NotAnId(name));
            }

            if (id == Guid.Empty)
            {
                throw new InvalidPluginExecutionException(Refusals.EmptyId(name));
            }

            return Ids.Of(id);
        }
    }
}
