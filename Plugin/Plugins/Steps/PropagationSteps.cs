using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>
    /// The steps that make configurations real when users join and leave teams or gain and lose roles. The solution
    /// cannot ship those on AddMembers/RemoveMembers (their platform message ids are not known to it; docs/install.md §3),
    /// so an admin registers them after the import; until then nothing propagates, and this says which are missing or
    /// turned off. Every membership message needs two: a synchronous one that logs a manual change when it happens,
    /// and an asynchronous one that propagates it.
    /// </summary>
    public static class PropagationSteps
    {
        private const string TypeAlias = "type";
        private const string MessageAlias = "message";

        /// <summary>A plug-in type (by class) and the message it must be registered on.</summary>
        public sealed class RequiredStep
        {
            public RequiredStep(Type pluginType, string message, int mode)
            {
                PluginType = pluginType;
                Message = message;
                Mode = mode;
            }

            public Type PluginType { get; }

            public string Message { get; }

            /// <summary>Schema.Step.ModeSynchronous or ModeAsynchronous.</summary>
            public int Mode { get; }

            public string Key => Of(PluginType.FullName!, Message, Mode);

            public override string ToString() => PluginType.Name + " on " + Message + (Mode == Schema.Step.ModeSynchronous ? " (synchronous)" : " (asynchronous)");

            public static string Of(string typeName, string message, int mode) => typeName + "|" + message + "|" + mode;
        }

        public static readonly IReadOnlyList<RequiredStep> Required = new[]
        {
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.Associate, Schema.Step.ModeSynchronous),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.Associate, Schema.Step.ModeAsynchronous),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.Disassociate, Schema.Step.ModeSynchronous),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.Disassociate, Schema.Step.ModeAsynchronous),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.AddMembers, Schema.Step.ModeSynchronous),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.AddMembers, Schema.Step.ModeAsynchronous),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.RemoveMembers, Schema.Step.ModeSynchronous),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.RemoveMembers, Schema.Step.ModeAsynchronous),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.Update, Schema.Step.ModeAsynchronous),
            new RequiredStep(typeof(RoleChangeReconcilePlugin), Schema.Messages.Associate, Schema.Step.ModeAsynchronous),
            new RequiredStep(typeof(RoleChangeReconcilePlugin), Schema.Messages.Disassociate, Schema.Step.ModeAsynchronous),
            new RequiredStep(typeof(RoleChangeReconcilePlugin), Schema.Messages.Update, Schema.Step.ModeAsynchronous),
        };

        /// <summary>The required steps with no enabled registration, as "plug-in type on message", in <see cref="Required"/> order.</summary>
        public static List<string> Missing(IOrganizationService service)
        {
            var query = new QueryExpression(Schema.Step.Entity) { ColumnSet = new ColumnSet(Schema.Step.PluginType, Schema.Step.Mode) };
            query.Criteria.AddCondition(Schema.StateCode, ConditionOperator.Equal, Schema.StateActive);
            var type = new LinkEntity(Schema.Step.Entity, Schema.PluginType.Entity, Schema.Step.PluginType, Schema.PluginType.Id, JoinOperator.Inner)
            {
                EntityAlias = TypeAlias,
                Columns = new ColumnSet(Schema.PluginType.TypeName),
            };
            type.LinkCriteria.AddCondition(Schema.PluginType.TypeName, ConditionOperator.In, Required.Select(r => (object)r.PluginType.FullName!).Distinct().ToArray());
            query.LinkEntities.Add(type);
            query.LinkEntities.Add(new LinkEntity(Schema.Step.Entity, Schema.SdkMessage.Entity, Schema.Step.Message, Schema.SdkMessage.Id, JoinOperator.Inner)
            {
                EntityAlias = MessageAlias,
                Columns = new ColumnSet(Schema.SdkMessage.Name),
            });
            var enabled = new HashSet<string>(QueryPager.RetrieveAll(service, query)
                .Select(row => RequiredStep.Of(
                    Aliased.Get<string>(row, TypeAlias, Schema.PluginType.TypeName) ?? string.Empty,
                    Aliased.Get<string>(row, MessageAlias, Schema.SdkMessage.Name) ?? string.Empty,
                    row.GetAttributeValue<OptionSetValue>(Schema.Step.Mode)?.Value ?? Schema.Step.ModeSynchronous)), StringComparer.Ordinal);
            return Required.Where(r => !enabled.Contains(r.Key)).Select(r => r.ToString()).ToList();
        }
    }
}
