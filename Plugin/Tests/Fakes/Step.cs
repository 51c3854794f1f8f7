using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>A registered step: message, optional primary entity filter, stage (20 pre, 30 main, 40 post), sync or async.</summary>
    public sealed class Step
    {
        public Step(IPlugin plugin, string message, string? entity, int stage, bool asynchronous)
        {
            Plugin = plugin;
            Message = message;
            Entity = entity;
            Stage = stage;
            Asynchronous = asynchronous;
        }

        public IPlugin Plugin { get; }
        public string Message { get; }
        public string? Entity { get; }
        public int Stage { get; }
        public bool Asynchronous { get; }
    }
}
