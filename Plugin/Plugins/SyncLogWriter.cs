using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>Writes an execution's log rows in one CreateMultiple call: the audit answer to "why is this user here".</summary>
    public static class SyncLogWriter
    {
        private const int NameLength = 100;
        private const int PathLength = 4000;

        public static void Write(IOrganizationService service, IPluginExecutionContext context, TeamDirectory teams, IReadOnlyCollection<LogEntry> entries)
        {
            if (entries.Count == 0) return;
            var targets = new EntityCollection { EntityName = Schema.Log.Entity };
            foreach (var entry in entries) targets.Entities.Add(ToRow(entry, context, teams));
            var request = new OrganizationRequest(Schema.Messages.CreateMultiple);
            request[Schema.Parameters.Targets] = targets;
            SyncMarker.Mark(request);
            service.Execute(request);
        }

        public static Entity ToRow(LogEntry entry, IPluginExecutionContext context, TeamDirectory teams)
        {
            var row = new Entity(Schema.Log.Entity);
            var verb = entry.Join ? "join" : "leave";
            row[Schema.Log.Name] = Truncate(verb + " " + teams.NameOf(entry.Team), NameLength);
            row[Schema.Log.User] = new EntityReference(Schema.User.Entity, Ids.Parse(entry.User));
            row[Schema.Log.Team] = new EntityReference(Schema.Team.Entity, Ids.Parse(entry.Team));
            row[Schema.Log.Operation] = new OptionSetValue(entry.Join ? Schema.Log.OperationJoin : Schema.Log.OperationLeave);
            row[Schema.Log.Cause] = new OptionSetValue(entry.BySync ? Schema.Log.CauseSync : Schema.Log.CauseManual);
            row[Schema.Log.SourceTeam] = new EntityReference(Schema.Team.Entity, Ids.Parse(entry.Via[0]));
            row[Schema.Log.Path] = Truncate(teams.PathOf(entry.Via), PathLength);
            row[Schema.Log.CorrelationId] = context.CorrelationId.ToString("D");
            row[Schema.Log.InitiatingUser] = new EntityReference(Schema.User.Entity, context.InitiatingUserId);
            row[Schema.Log.Outcome] = new OptionSetValue(entry.Outcome);
            if (entry.Error != null) row[Schema.Log.ErrorText] = entry.Error;
            return row;
        }

        private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
    }
}
