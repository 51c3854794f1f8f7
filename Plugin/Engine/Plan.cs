using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>The operations a change calls for, in the order they are applied, and what to warn about.</summary>
    public sealed class Plan
    {
        public List<Operation> Operations { get; } = new List<Operation>();

        public List<PlanWarning> Warnings { get; } = new List<PlanWarning>();
    }
}
