using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>One membership change the sync makes.</summary>
    public sealed class Operation
    {
        public Operation(OperationKind kind, string user, string team, IReadOnlyList<string> via)
        {
            Kind = kind;
            User = user;
            Team = team;
            Via = via;
        }

        public OperationKind Kind { get; }

        public string User { get; }

        public string Team { get; }

        /// <summary>Path from the walk's start to the team, both ends included.</summary>
        public IReadOnlyList<string> Via { get; }
    }
}
