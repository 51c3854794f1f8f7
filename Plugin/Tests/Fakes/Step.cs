using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>
    /// A registered step: message, optional primary entity filter, stage (20 pre, 30 main, 40 post), sync or async,
    /// optionally filtering attributes (an Update runs the step only when it sets one of them) and a pre-image (its
    /// name and the columns it holds; null columns: all).
    /// </summary>
    public sealed class Step
    {
        public Step(IPlugin plugin, string message, string? entity, int stage, bool asynchronous, string? preImage = null, IReadOnlyCollection<string>? preImageColumns = null, IReadOnlyCollection<string>? filteringAttributes = null)
        {
            Plugin = plugin;
            Message = message;
            Entity = entity;
            Stage = stage;
            Asynchronous = asynchronous;
            PreImage = preImage;
            PreImageColumns = preImageColumns;
            FilteringAttributes = filteringAttributes;
        }

        public IPlugin Plugin { get; }
        public string Message { get; }
        public string? Entity { get; }
        public int Stage { get; }
        public bool Asynchronous { get; }
        public string? PreImage { get; }
        public IReadOnlyCollection<string>? PreImageColumns { get; }
        public IReadOnlyCollection<string>? FilteringAttributes { get; }

        /// <summary>The step's sdkmessageprocessingstep row: its statecode says whether the step runs.</summary>
        public System.Guid Id { get; set; }
    }
}
