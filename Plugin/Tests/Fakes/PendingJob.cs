namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>An asynchronous step's system job, queued and not yet run.</summary>
    public sealed class PendingJob
    {
        public PendingJob(Step step, PluginContext context, Transaction? queuedBy = null)
        {
            Step = step;
            Context = context;
            QueuedBy = queuedBy;
        }

        /// <summary>The transaction whose change queued it: the platform queues it only if that transaction commits.</summary>
        public Transaction? QueuedBy { get; }

        public Step Step { get; }

        public PluginContext Context { get; }

        public override string ToString() => Step.Plugin.GetType().Name + " on " + Context.MessageName + " of " + Context.PrimaryEntityName;
    }
}
