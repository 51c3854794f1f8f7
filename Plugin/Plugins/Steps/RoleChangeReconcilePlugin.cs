using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// PostOperation (asynchronous) on Associate/Disassociate of systemuserroles_association, and on Update of
    /// systemuser's business unit (which takes the user's roles away with no Disassociate): a user gained or lost a
    /// security role, which opens or closes the links whose condition names it, so reconcile that user (docs/semantics.md §2, §6).
    /// </summary>
    public sealed class RoleChangeReconcilePlugin : TeamSyncPlugin
    {
        private readonly ReconcileSettings _settings;

        public RoleChangeReconcilePlugin() : this(null, null)
        {
        }

        /// <summary>The unsecure configuration may set "budgetSeconds=N" (default 60).</summary>
        public RoleChangeReconcilePlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            _settings = ReconcileSettings.Parse(unsecureConfiguration);
        }

        protected override void Run(PluginServices services, Stopwatch clock)
        {
            var trace = services.Trace;
            if (MadeBySync(services))
            {
                return;
            }

            var users = UsersOf(services.Context);
            if (users.Count == 0)
            {
                trace.Trace("TeamSync: not a change of users' security roles");
                return;
            }
            var session = SyncSession.Open(services);
            if (!session.Graph.HasConditions)
            {
                trace.Trace("TeamSync: no active link has a condition; roles change nothing");
                return;
            }
            UserReconcile.Run(session, users, _settings, clock);
        }

        private static List<string> UsersOf(IPluginExecutionContext context)
        {
            var users = new List<string>();
            var input = context.InputParameters;
            if (context.MessageName == Schema.Messages.Update && input.TryGetValue(Schema.Parameters.Target, out var updated)
                && updated is Entity user && user.LogicalName == Schema.User.Entity && user.Contains(Schema.User.BusinessUnit))
            {
                users.Add(Ids.Of(user.Id));
                return users;
            }
            var isRoleChange = (context.MessageName == Schema.Messages.Associate || context.MessageName == Schema.Messages.Disassociate)
                && MembershipEventReader.IsRelationship(input, Schema.UserRoles.Relationship);
            if (!isRoleChange)
            {
                return users;
            }

            var target = (EntityReference)input[Schema.Parameters.Target];
            if (target.LogicalName == Schema.User.Entity)
            {
                users.Add(Ids.Of(target));
            }
            else
            {
                foreach (var related in (EntityReferenceCollection)input[Schema.Parameters.RelatedEntities])
                {
                    users.Add(Ids.Of(related));
                }
            }
            return users.Distinct(StringComparer.Ordinal).ToList();
        }
    }
}
