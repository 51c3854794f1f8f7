using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>
    /// Writes an execution's nw_teamsynclog rows as it goes, in batches of at most <see cref="BatchRows"/>: the audit
    /// answer to "why is this user here". A sync change is logged before it is made (unconfirmed) and confirmed after,
    /// so wherever the execution stops, no change of the sync's exists without its row.
    /// </summary>
    public sealed class LogBook
    {
        /// <summary>Rows per CreateMultiple/UpdateMultiple: one request stays well inside the platform's limits.</summary>
        public const int BatchRows = 1000;

        private const int NameLength = 100;
        private const int PathLength = 4000;

        private readonly IOrganizationService _service;
        private readonly IPluginExecutionContext _context;
        private readonly TeamDirectory _teams;

        public LogBook(IOrganizationService service, IPluginExecutionContext context, TeamDirectory teams)
        {
            _service = service;
            _context = context;
            _teams = teams;
        }

        public int RowsWritten { get; private set; }

        /// <summary>Rows whose outcome is known already (manual changes, skipped changes).</summary>
        public void Write(IReadOnlyList<LogEntry> entries) => Create(entries, entries.Select(ToRow).ToList());

        /// <summary>Rows for changes about to be made: unconfirmed until <see cref="Confirm"/>.</summary>
        public void WriteIntents(IReadOnlyList<LogEntry> entries)
        {
            var rows = entries.Select(e =>
            {
                var row = ToRow(e);
                row[Schema.Log.Outcome] = new OptionSetValue(Schema.Log.OutcomeFailed);
                row[Schema.Log.ErrorText] = LogTexts.Unconfirmed;
                return row;
            }).ToList();
            Create(entries, rows);
        }

        /// <summary>Gives the intents their outcomes.</summary>
        public void Confirm(IReadOnlyList<LogEntry> entries)
        {
            for (var start = 0; start < entries.Count; start += BatchRows)
            {
                var targets = new EntityCollection { EntityName = Schema.Log.Entity };
                foreach (var entry in entries.Skip(start).Take(BatchRows))
                {
                    targets.Entities.Add(new Entity(Schema.Log.Entity, entry.RowId)
                    {
                        [Schema.Log.Outcome] = new OptionSetValue(entry.Outcome),
                        [Schema.Log.ErrorText] = entry.Error,
                    });
                }
                var request = new OrganizationRequest(Schema.Messages.UpdateMultiple) { [Schema.Parameters.Targets] = targets };
                SyncMarker.Mark(request);
                _service.Execute(request);
            }
        }

        /// <summary>
        /// Queues the rest of these changes' propagation: a row per change, marked as a continuation, then an update of
        /// its correlation id (to the same value: the platform runs a step for a column the update names, changed or
        /// not). That update is what the continuation step (Update of nw_teamsynclog, filtered on the correlation id,
        /// asynchronous) runs on; no other write of the plugin names that column after a row is created.
        /// </summary>
        /// <param name="text">LogTexts.Continuation (finish the join or leave) or LogTexts.ReconcileContinuation (reconcile the user).</param>
        public void QueueContinuation(IReadOnlyList<MembershipEvent> events, string text)
        {
            var entries = events.Select(e => new LogEntry(e.User, e.Team, e.Joined, true, new[] { e.Team }, Schema.Log.OutcomeSkipped, text)).ToList();
            Write(entries);
            var targets = new EntityCollection { EntityName = Schema.Log.Entity };
            foreach (var entry in entries)
            {
                targets.Entities.Add(new Entity(Schema.Log.Entity, entry.RowId) { [Schema.Log.CorrelationId] = _context.CorrelationId.ToString("D") });
            }

            var request = new OrganizationRequest(Schema.Messages.UpdateMultiple) { [Schema.Parameters.Targets] = targets };
            _service.Execute(request);
        }

        private void Create(IReadOnlyList<LogEntry> entries, IReadOnlyList<Entity> rows)
        {
            for (var start = 0; start < rows.Count; start += BatchRows)
            {
                var targets = new EntityCollection { EntityName = Schema.Log.Entity };
                foreach (var row in rows.Skip(start).Take(BatchRows))
                {
                    targets.Entities.Add(row);
                }

                var request = new OrganizationRequest(Schema.Messages.CreateMultiple) { [Schema.Parameters.Targets] = targets };
                SyncMarker.Mark(request);
                var ids = (Guid[])_service.Execute(request)[Schema.Parameters.Ids];
                for (var i = 0; i < ids.Length; i++)
                {
                    entries[start + i].RowId = ids[i];
                }

                RowsWritten += ids.Length;
            }
        }

        private Entity ToRow(LogEntry entry)
        {
            var row = new Entity(Schema.Log.Entity);
            var verb = entry.Join ? "join" : "leave";
            row[Schema.Log.Name] = Truncate(verb + " " + _teams.NameOf(entry.Team), NameLength);
            row[Schema.Log.User] = new EntityReference(Schema.User.Entity, Ids.Parse(entry.User));
            row[Schema.Log.Team] = new EntityReference(Schema.Team.Entity, Ids.Parse(entry.Team));
            row[Schema.Log.Operation] = new OptionSetValue(entry.Join ? Schema.Log.OperationJoin : Schema.Log.OperationLeave);
            row[Schema.Log.Cause] = new OptionSetValue(entry.BySync ? Schema.Log.CauseSync : Schema.Log.CauseManual);
            row[Schema.Log.SourceTeam] = new EntityReference(Schema.Team.Entity, Ids.Parse(entry.Via[0]));
            row[Schema.Log.Path] = Truncate(_teams.PathOf(entry.Via), PathLength);
            row[Schema.Log.CorrelationId] = _context.CorrelationId.ToString("D");
            row[Schema.Log.InitiatingUser] = new EntityReference(Schema.User.Entity, _context.InitiatingUserId);
            row[Schema.Log.Outcome] = new OptionSetValue(entry.Outcome);
            if (entry.Error != null)
            {
                row[Schema.Log.ErrorText] = entry.Error;
            }

            return row;
        }

        private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
    }
}
