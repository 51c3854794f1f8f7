using System;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>The execution context the pipeline hands a step.</summary>
    public sealed class PluginContext : IPluginExecutionContext
    {
        public int Mode { get; set; }
        public int Depth { get; set; }
        public int Stage { get; set; }
        public string MessageName { get; set; } = string.Empty;
        public string PrimaryEntityName { get; set; } = "none";
        public ParameterCollection InputParameters { get; set; } = new ParameterCollection();
        public ParameterCollection OutputParameters { get; set; } = new ParameterCollection();
        public ParameterCollection SharedVariables { get; set; } = new ParameterCollection();
        public EntityImageCollection PreEntityImages { get; set; } = new EntityImageCollection();
        public Guid UserId { get; set; }
        public Guid InitiatingUserId { get; set; }
        public Guid CorrelationId { get; set; }
        public IPluginExecutionContext? ParentContext { get; set; }

        /// <summary>The transaction a synchronous step runs in (null for an asynchronous one).</summary>
        public Transaction? Transaction { get; set; }

        IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext!;

        /// <summary>This context as one step sees it: its stage and mode, and its own (empty) set of images.</summary>
        public PluginContext WithStage(int stage, int mode)
        {
            return new PluginContext
            {
                Mode = mode,
                Depth = Depth,
                Stage = stage,
                MessageName = MessageName,
                PrimaryEntityName = PrimaryEntityName,
                InputParameters = InputParameters,
                OutputParameters = OutputParameters,
                SharedVariables = SharedVariables,
                UserId = UserId,
                InitiatingUserId = InitiatingUserId,
                CorrelationId = CorrelationId,
                ParentContext = ParentContext,
                Transaction = mode == 0 ? Transaction : null,
            };
        }
    }
}
