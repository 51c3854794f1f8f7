using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// PostOperation (asynchronous) on Create, Update, SetState and SetStateDynamicEntity of nw_teamsyncgroup and nw_teamsyncmember: after the
    /// save, makes the change real for existing members (docs/semantics.md §6 "Edit preview"). The configuration before the write is
    /// the one after it with the write taken back (from the pre-image); the members of every team the written record
    /// connects, before or after, get exactly the operations the change calls for. Drift that was there already is
    /// not this step's business: the nightly reconcile handles it.
    /// </summary>
    public sealed class ConfigurationReconcilePlugin : TeamSyncPlugin
    {
        private readonly ReconcileSettings _settings;

        public ConfigurationReconcilePlugin() : this(null, null)
        {
        }

        /// <summary>The unsecure configuration may set "budgetSeconds=N" (default 60), as for nw_ReconcileTeamSync.</summary>
        public ConfigurationReconcilePlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            _settings = ReconcileSettings.Parse(unsecureConfiguration);
        }

        protected override void Run(PluginServices services, Stopwatch clock)
        {
            var trace = services.Trace;
            var context = services.Context;
            var change = ConfigurationChange.From(context);
            if (change == null)
            {
                trace.Trace("TeamSync: {0} is not a write to a sync configuration", context.MessageName);
                return;
            }
            var reverse = change.Reverse(context.PreEntityImages.TryGetValue(Schema.PreImage, out var image) ? image : null);
            if (reverse == null)
            {
                trace.Trace("TeamSync: the step has no pre-image named {0}, so what {1} {2} changed cannot be known; nothing reconciled", Schema.PreImage, context.MessageName, change.EntityName);
                return;
            }

            var configuration = ConfigurationReader.ReadLinks(services.Service);
            // A team or role only the pre-image names may be unknown to the read: without it the before would lose links.
            ReferenceResolver.Resolve(services.Service, reverse, configuration);
            var after = configuration.Model;
            var before = configuration.WithTeams(reverse.ApplyTo(after, configuration.RoleRoots, out _));
            var linked = change.LinkedTeams(before).Concat(change.LinkedTeams(after)).ToList();
            if (linked.Count == 0)
            {
                trace.Trace("TeamSync: {0} {1} links no team before or after this write; nothing to reconcile", change.EntityName, change.Id);
                return;
            }

            var session = SyncSession.Open(services, configuration);
            var beforeGraph = SyncGraph.Build(before);
            var scope = ConnectedTeams.Of(new[] { before, after }, linked);
            var users = session.LoadTeams(scope, beforeGraph.HasConditions || session.Graph.HasConditions);
            var plan = EditPreview.Plan(beforeGraph, session.Graph, session.AllMemberships(), session.AllRoles());
            trace.Trace("TeamSync: {0} of {1} {2}: {3} connected team(s), {4} member(s), {5} operation(s)", context.MessageName, change.EntityName, change.Id, scope.Count, users.Count, plan.Operations.Count);

            // Adds before removes: a change cut short has granted what it gives rather than only taken away.
            var ordered = plan.Operations.Where(o => o.Kind == OperationKind.Add).Concat(plan.Operations.Where(o => o.Kind == OperationKind.Remove)).ToList();
            var left = session.Apply(ordered, _settings.BatchCalls, () => clock.Elapsed < _settings.Budget);
            // Every operation left is one a reconcile of its user over the new configuration makes: a follow-up
            // reconciles those users (fixing any drift of theirs too).
            UserReconcile.QueueRest(session, left);
        }
    }
}
