using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>
    /// PostOperation on Associate/Disassociate of systemuserroles_association: a user gained or lost a security
    /// role, which opens or closes the links whose condition names it, so reconcile that user (docs/semantics.md §2, §6).
    /// </summary>
    public sealed class RoleChangeReconcilePlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var services = PluginServices.From(serviceProvider);
            var trace = services.Trace;
            if (SyncMarker.IsSyncCaused(services.Context))
            {
                trace.Trace("TeamSync: change made by the sync itself; nothing to do");
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
            session.LoadUsers(users);
            var plan = Reconciler.Plan(session.Graph, session.AllMemberships(), session.AllRoles());
            trace.Trace("TeamSync: reconcile of {0} user(s): {1} operation(s)", users.Count, plan.Operations.Count);
            foreach (var operation in plan.Operations) session.Apply(operation);
            session.WriteLog();
        }

        private static List<string> UsersOf(IPluginExecutionContext context)
        {
            var users = new List<string>();
            var input = context.InputParameters;
            var isRoleChange = (context.MessageName == Schema.Messages.Associate || context.MessageName == Schema.Messages.Disassociate)
                && MembershipEventReader.IsRelationship(input, Schema.UserRoles.Relationship);
            if (!isRoleChange) return users;
            var target = (EntityReference)input[Schema.Parameters.Target];
            if (target.LogicalName == Schema.User.Entity)
            {
                users.Add(Ids.Of(target));
            }
            else
            {
                foreach (var related in (EntityReferenceCollection)input[Schema.Parameters.RelatedEntities]) users.Add(Ids.Of(related));
            }
            return users.Distinct(StringComparer.Ordinal).ToList();
        }
    }
}
