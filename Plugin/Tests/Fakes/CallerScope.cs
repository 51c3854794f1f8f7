using System;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>
    /// Who is calling: the user, the one who started it all, the correlation and depth, the step (if any) to count
    /// against, and the transaction its writes join (null: each call is its own, as for an asynchronous step).
    /// </summary>
    public sealed class CallerScope
    {
        public CallerScope(Guid userId, Guid initiatingUserId, Guid correlationId, int depth, PluginContext? parent, ExecutionRecord? record, Transaction? transaction = null)
        {
            UserId = userId;
            InitiatingUserId = initiatingUserId;
            CorrelationId = correlationId;
            Depth = depth;
            Parent = parent;
            Record = record;
            Transaction = transaction;
        }

        public Guid UserId { get; }
        public Guid InitiatingUserId { get; }
        public Guid CorrelationId { get; }
        public int Depth { get; }
        public PluginContext? Parent { get; }
        public ExecutionRecord? Record { get; }
        public Transaction? Transaction { get; }
    }
}
