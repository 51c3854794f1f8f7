using System;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>A test's own plug-in (a customer's rule, a concurrent change, a refusal), written as a function of its context and services.</summary>
    public sealed class InlinePlugin : IPlugin
    {
        private readonly Action<IPluginExecutionContext, IOrganizationServiceFactory> _run;

        public InlinePlugin(Action<IPluginExecutionContext, IOrganizationServiceFactory> run) => _run = run;

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            _run(context, factory);
        }

        /// <summary>Runs only for a membership request about this team.</summary>
        public static InlinePlugin OnTeam(Guid team, Action<IPluginExecutionContext, IOrganizationServiceFactory> run)
        {
            return new InlinePlugin((context, factory) =>
            {
                if ((Guid)context.InputParameters["TeamId"] == team)
                {
                    run(context, factory);
                }
            });
        }
    }
}
