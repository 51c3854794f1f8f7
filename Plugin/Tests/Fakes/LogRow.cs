using System;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>nw_outcome as the tests read it.</summary>
    public enum Outcome
    {
        Done = 1,
        Skipped = 2,
        Failed = 3,
    }

    /// <summary>One nw_teamsynclog row, typed: what the tests assert on instead of raw option values.</summary>
    public sealed class LogRow
    {
        public LogRow(Entity row)
        {
            User = row.GetAttributeValue<EntityReference>("nw_userid").Id;
            Team = row.GetAttributeValue<EntityReference>("nw_teamid").Id;
            Join = row.GetAttributeValue<OptionSetValue>("nw_operation").Value == 1;
            BySync = row.GetAttributeValue<OptionSetValue>("nw_cause").Value == 2;
            Outcome = (Outcome)row.GetAttributeValue<OptionSetValue>("nw_outcome").Value;
            SourceTeam = row.GetAttributeValue<EntityReference>("nw_sourceteamid")?.Id;
            InitiatingUser = row.GetAttributeValue<EntityReference>("nw_initiatinguserid")?.Id;
            Path = row.GetAttributeValue<string>("nw_path");
            Error = row.GetAttributeValue<string>("nw_errortext");
            CorrelationId = row.GetAttributeValue<string>("nw_correlationid");
            CreatedOn = (DateTime)row["createdon"];
        }

        public Guid User { get; }
        public Guid Team { get; }
        public bool Join { get; }
        public bool BySync { get; }
        public Outcome Outcome { get; }
        public Guid? SourceTeam { get; }
        public Guid? InitiatingUser { get; }
        public string? Path { get; }
        public string? Error { get; }
        public string? CorrelationId { get; }
        public DateTime CreatedOn { get; }

        /// <summary>Written before a sync change whose execution stopped before it knew the outcome.</summary>
        public bool Unconfirmed => Outcome == Outcome.Failed && Error == LogTexts.Unconfirmed;

        /// <summary>The row records a change that happened (done), or may have (unconfirmed).</summary>
        public bool RecordsAChange => Outcome == Outcome.Done || Unconfirmed;

        /// <summary>
        /// The row says who made the membership as it stands, if the user is in the team: a done change, or a sync add
        /// not confirmed (an unconfirmed remove of a user still there did not happen). docs/semantics.md §3 as ProvenanceReader reads it.
        /// </summary>
        public bool Explains => Outcome == Outcome.Done || (Unconfirmed && Join);
    }
}
