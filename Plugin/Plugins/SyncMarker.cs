using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>
    /// The plugin's own writes carry the request's optional `tag` parameter, which the platform hands to the
    /// plug-ins those writes trigger in SharedVariables. Such executions do nothing: the execution that made the
    /// change already did the whole closure and logged it. This does not depend on Depth.
    /// </summary>
    public static class SyncMarker
    {
        public const string Value = "TeamSync.Propagation";

        public static void Mark(OrganizationRequest request) => request[Schema.Parameters.Tag] = Value;

        public static bool IsSyncCaused(IPluginExecutionContext context)
        {
            for (var current = context; current != null; current = current.ParentContext)
            {
                if (current.SharedVariables.TryGetValue(Schema.Parameters.Tag, out var tag) && tag as string == Value) return true;
            }
            return false;
        }
    }
}
