using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>Everything the engine needs to know about the configuration.</summary>
    public sealed class SyncModel
    {
        public List<Team> Teams { get; set; } = new List<Team>();

        public List<ConfigRecord> Configs { get; set; } = new List<ConfigRecord>();

        /// <summary>Root role ids that exist; a condition naming any other role never opens its link.</summary>
        public List<string> Roles { get; set; } = new List<string>();
    }
}
