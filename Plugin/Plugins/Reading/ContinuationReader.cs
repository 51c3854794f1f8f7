using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>
    /// The change a continuation row (see <see cref="LogBook.QueueContinuation"/>) hands on: the update of its
    /// correlation id is the step's trigger; the row says which user's join or leave of which team to finish.
    /// </summary>
    public static class ContinuationReader
    {
        public static bool IsContinuation(IPluginExecutionContext context)
        {
            return context.MessageName == Schema.Messages.Update && context.PrimaryEntityName == Schema.Log.Entity;
        }

        /// <summary>
        /// The change to finish, or none when the row is not a continuation; <paramref name="reconcile"/> says whether
        /// what is left is a reconcile of the row's user rather than the propagation of its join or leave.
        /// </summary>
        public static List<MembershipEvent> Read(IOrganizationService service, IPluginExecutionContext context, out bool reconcile)
        {
            var events = new List<MembershipEvent>();
            reconcile = false;
            if (!(context.InputParameters.TryGetValue(Schema.Parameters.Target, out var value) && value is Entity target))
            {
                return events;
            }

            var row = service.Retrieve(Schema.Log.Entity, target.Id, new ColumnSet(Schema.Log.User, Schema.Log.Team, Schema.Log.Operation, Schema.Log.ErrorText));
            var text = row.GetAttributeValue<string>(Schema.Log.ErrorText);
            if (text != LogTexts.Continuation && text != LogTexts.ReconcileContinuation)
            {
                return events;
            }

            reconcile = text == LogTexts.ReconcileContinuation;
            events.Add(new MembershipEvent(
                Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Log.User)),
                Ids.Of(row.GetAttributeValue<EntityReference>(Schema.Log.Team)),
                row.GetAttributeValue<OptionSetValue>(Schema.Log.Operation)?.Value == Schema.Log.OperationJoin));
            return events;
        }
    }
}
