namespace TeamSync.Engine
{
    /// <summary>
    /// One directed edge of the sync graph (docs/semantics.md §2), as one member yields it: its forward edge, or the reverse edge
    /// of a Bidirectional member. Several edges may share their two ends; a walk takes the first open one, which is
    /// why edges are kept per member rather than merged.
    /// </summary>
    internal sealed class Edge
    {
        public Edge(int source, int target, bool forward, int? order, string? role, bool roleExists, SyncDirection direction, string configId, string memberId)
        {
            Source = source;
            Target = target;
            Forward = forward;
            Order = order;
            Role = role;
            RoleExists = roleExists;
            Direction = direction;
            ConfigId = configId;
            MemberId = memberId;
        }

        public int Source { get; }

        public int Target { get; }

        /// <summary>Parent to child; otherwise the reverse edge of a Bidirectional member.</summary>
        public bool Forward { get; }

        /// <summary>The member's sync order (forward edges only rank by it).</summary>
        public int? Order { get; }

        /// <summary>The member's condition, or null.</summary>
        public string? Role { get; }

        public bool RoleExists { get; }

        public SyncDirection Direction { get; }

        public string ConfigId { get; }

        public string MemberId { get; }

        /// <summary>A One-way member's edge: the kind that validation's cycle check looks for.</summary>
        public bool IsOneWay => Forward && Direction == SyncDirection.OneWay;
    }
}
