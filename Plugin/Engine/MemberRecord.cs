namespace TeamSync.Engine
{
    /// <summary>An nw_teamsyncmember row: one child of a configuration.</summary>
    public sealed class MemberRecord
    {
        public string Id { get; set; } = string.Empty;

        public string Child { get; set; } = string.Empty;

        /// <summary>nw_syncorder; null sorts after every number.</summary>
        public int? Order { get; set; }

        public bool Active { get; set; } = true;

        /// <summary>The link's condition: the root id of a security role the user must hold directly, or null.</summary>
        public string? Role { get; set; }
    }
}
