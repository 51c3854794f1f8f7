using System.Collections.Generic;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>One step's run: what it was, how deep, what it asked of the organization, what it traced, how it ended.</summary>
    public sealed class ExecutionRecord
    {
        public ExecutionRecord(string plugin, PluginContext context)
        {
            Plugin = plugin;
            Context = context;
        }

        public string Plugin { get; }

        public PluginContext Context { get; }

        public int Queries { get; set; }

        /// <summary>Requests other than queries, by message name.</summary>
        public Dictionary<string, int> Calls { get; } = new Dictionary<string, int>();

        public int CallCount(string message) => Calls.TryGetValue(message, out var count) ? count : 0;

        public List<string> Trace { get; } = new List<string>();

        public System.Exception? Error { get; set; }

        /// <summary>Service calls made so far (queries included): where a stop can land.</summary>
        public int ServiceCalls { get; set; }

        /// <summary>The sandbox stopped it: every later call fails too.</summary>
        public bool Stopped { get; set; }
    }
}
