using System;
using System.Collections.Generic;

namespace TeamSync.Plugins
{
    /// <summary>
    /// One nw_teamsynclog row: a membership change the plugin saw (manual) or makes (sync). A sync change's row is
    /// written before the change, unconfirmed, and gets its outcome once the change is made.
    /// </summary>
    public sealed class LogEntry
    {
        public LogEntry(string user, string team, bool join, bool bySync, IReadOnlyList<string> via, int outcome, string? error)
        {
            User = user;
            Team = team;
            Join = join;
            BySync = bySync;
            Via = via;
            Outcome = outcome;
            Error = error;
        }

        public string User { get; }

        public string Team { get; }

        public bool Join { get; }

        public bool BySync { get; }

        /// <summary>The walk from the source team (first) to this team (last).</summary>
        public IReadOnlyList<string> Via { get; }

        /// <summary>One of Schema.Log.Outcome*.</summary>
        public int Outcome { get; private set; }

        public string? Error { get; private set; }

        /// <summary>The row once written.</summary>
        public Guid RowId { get; set; }

        public void Settle(int outcome, string? error)
        {
            Outcome = outcome;
            Error = error;
        }
    }
}
