using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins
{
    /// <summary>
    /// The steps that make configurations real when users join and leave teams or gain and lose roles. The solution
    /// cannot ship them (their platform message ids are not known to it; docs/install.md §3), so an admin registers
    /// them after the import; until then nothing propagates, and this says which are missing or turned off.
    /// </summary>
    public static class PropagationSteps
    {
        private const string TypeAlias = "type";
        private const string MessageAlias = "message";

        /// <summary>A plug-in type (by class) and the message it must be registered on.</summary>
        public sealed class RequiredStep
        {
            public RequiredStep(Type pluginType, string message)
            {
                PluginType = pluginType;
                Message = message;
            }

            public Type PluginType { get; }

            public string Message { get; }

            public string Key => Of(PluginType.FullName!, Message);

            public override string ToString() => PluginType.Name + " on " + Message;

            public static string Of(string typeName, string message) => typeName + "|" + message;
        }

        public static readonly IReadOnlyList<RequiredStep> Required = new[]
        {
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.Associate),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.Disassociate),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.AddMembers),
            new RequiredStep(typeof(MembershipPropagationPlugin), Schema.Messages.RemoveMembers),
            new RequiredStep(typeof(RoleChangeReconcilePlugin), Schema.Messages.Associate),
            new RequiredStep(typeof(RoleChangeReconcilePlugin), Schema.Messages.Disassociate),
        };

        /// <summary>The required steps with no enabled registration, as "plug-in type on message", in <see cref="Required"/> order.</summary>
        public static List<string> Missing(IOrganizationService service)
        {
            var query = new QueryExpression(Schema.Step.Entity) { ColumnSet = new ColumnSet(Schema.Step.PluginType) };
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
                .Select(row => RequiredStep.Of(Aliased.Get<string>(row, TypeAlias, Schema.PluginType.TypeName) ?? string.Empty, Aliased.Get<string>(row, MessageAlias, Schema.SdkMessage.Name) ?? string.Empty)), StringComparer.Ordinal);
            return Required.Where(r => !enabled.Contains(r.Key)).Select(r => r.ToString()).ToList();
        }
    }
}
