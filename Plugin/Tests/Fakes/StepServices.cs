using System;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>The service provider a step gets: its context, a tracing service, and an organization service factory.</summary>
    public sealed class StepServices : IServiceProvider, ITracingService, IOrganizationServiceFactory
    {
        private readonly Pipeline _pipeline;
        private readonly PluginContext _context;
        private readonly ExecutionRecord _record;

        public StepServices(Pipeline pipeline, PluginContext context, ExecutionRecord record)
        {
            _pipeline = pipeline;
            _context = context;
            _record = record;
        }

        public object? GetService(Type serviceType)
        {
            if (serviceType == typeof(IPluginExecutionContext))
            {
                return _context;
            }

            if (serviceType == typeof(ITracingService))
            {
                return this;
            }

            if (serviceType == typeof(IOrganizationServiceFactory))
            {
                return this;
            }

            return null;
        }

        public void Trace(string format, params object[] args) => _record.Trace.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        /// <summary>null is SYSTEM, as in Dataverse.</summary>
        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            var scope = new CallerScope(userId ?? Pipeline.SystemUser, _context.InitiatingUserId, _context.CorrelationId, _context.Depth, _context, _record, _context.Transaction);
            return new PipelineService(_pipeline, scope);
        }
    }
}
