using System.Collections.Generic;
using TeamSync.Engine;

namespace TeamSync.Vectors
{
    /// <summary>What a vector asks the engine to do.</summary>
    public sealed class VectorEvent
    {
        public VectorEvent(string kind, string user, string team, List<ConfigRecord> configsAfter)
        {
            Kind = kind;
            User = user;
            Team = team;
            ConfigsAfter = configsAfter;
        }

        /// <summary>validate, join, leave, reconcile or edit.</summary>
        public string Kind { get; }

        /// <summary>join and leave only.</summary>
        public string User { get; }

        /// <summary>join and leave only.</summary>
        public string Team { get; }

        /// <summary>edit only: the configuration after the change.</summary>
        public List<ConfigRecord> ConfigsAfter { get; }
    }
}
