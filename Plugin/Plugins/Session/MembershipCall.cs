using System.Collections.Generic;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>The users one AddMembersTeam or RemoveMembersTeam carries for one team, with their log entries.</summary>
    public sealed class MembershipCall
    {
        public MembershipCall(bool join, string team)
        {
            Join = join;
            Team = team;
        }

        public bool Join { get; }

        public string Team { get; }

        public List<Operation> Operations { get; } = new List<Operation>();

        public List<LogEntry> Entries { get; } = new List<LogEntry>();
    }
}
