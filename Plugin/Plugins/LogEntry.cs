using System.Collections.Generic;

namespace TeamSync.Plugins
{
    /// <summary>One nw_teamsynclog row to write: a membership change the plugin saw (manual) or made (sync).</summary>
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
        public int Outcome { get; }

        public string? Error { get; }
    }
}
