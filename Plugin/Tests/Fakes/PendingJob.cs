namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>An asynchronous step's system job, queued and not yet run.</summary>
    public sealed class PendingJob
    {
        public PendingJob(Step step, PluginContext context)
        {
            Step = step;
            Context = context;
        }

        public Step Step { get; }

        public PluginContext Context { get; }

        public override string ToString() => Step.Plugin.GetType().Name + " on " + Context.MessageName + " of " + Context.PrimaryEntityName;
    }
}
