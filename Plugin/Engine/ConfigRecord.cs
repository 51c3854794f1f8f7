using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>An nw_teamsyncgroup row with its member rows.</summary>
    public sealed class ConfigRecord
    {
        public string Id { get; set; } = string.Empty;

        public string Parent { get; set; } = string.Empty;

        public SyncDirection Direction { get; set; } = SyncDirection.OneWay;

        public bool Active { get; set; } = true;

        public List<MemberRecord> Members { get; set; } = new List<MemberRecord>();
    }
}
