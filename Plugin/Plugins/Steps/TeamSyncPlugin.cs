using System;
using System.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>
    /// What every TeamSync step does first: start the clock its budget is measured on, take its services from the
    /// platform, and (for the steps that react to changes) step aside when the change is the sync's own.
    /// </summary>
    public abstract class TeamSyncPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var clock = Stopwatch.StartNew();
            Run(PluginServices.From(serviceProvider), clock);
        }

        protected abstract void Run(PluginServices services, Stopwatch clock);

        /// <summary>The triggering change is one the sync made: the execution that made it has logged and propagated it.</summary>
        protected static bool MadeBySync(PluginServices services)
        {
            if (!SyncMarker.IsSyncCaused(services.Context, services.Service))
            {
                return false;
            }

            services.Trace.Trace("TeamSync: change made by the sync itself; already propagated and logged");
            return true;
        }
    }
}
