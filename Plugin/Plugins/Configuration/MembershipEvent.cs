namespace TeamSync.Plugins
{
    /// <summary>One user joining or leaving one team, as a triggering request reported it.</summary>
    public sealed class MembershipEvent
    {
        public MembershipEvent(string user, string team, bool joined)
        {
            User = user;
            Team = team;
            Joined = joined;
        }

        public string User { get; }

        public string Team { get; }

        public bool Joined { get; }
    }
}
