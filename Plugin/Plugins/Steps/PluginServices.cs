using System;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>What every step takes from the platform's service provider.</summary>
    public sealed class PluginServices
    {
        private PluginServices(IPluginExecutionContext context, ITracingService trace, IOrganizationService service)
        {
            Context = context;
            Trace = trace;
            Service = service;
        }

        public IPluginExecutionContext Context { get; }

        public ITracingService Trace { get; }

        /// <summary>Runs as SYSTEM: sync changes memberships the admin who triggered it may not manage.</summary>
        public IOrganizationService Service { get; }

        public static PluginServices From(IServiceProvider provider)
        {
            if (provider == null)
            {
                throw new ArgumentNullException(nameof(provider));
            }

            var context = Require<IPluginExecutionContext>(provider);
            var trace = Require<ITracingService>(provider);
            var factory = Require<IOrganizationServiceFactory>(provider);
            return new PluginServices(context, trace, factory.CreateOrganizationService(null));
        }

        private static T Require<T>(IServiceProvider provider) where T : class
        {
            return provider.GetService(typeof(T)) as T ?? throw new InvalidPluginExecutionException("TeamSync: the platform provided no " + typeof(T).Name + ".");
        }
    }
}
