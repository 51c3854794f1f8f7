using System;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>
    /// The plugin's own writes carry the request's optional `tag` parameter, which the platform hands to the steps of
    /// that request in SharedVariables. Any caller can send a tag, so it counts only when the request ran as the
    /// sync's own identity (the SYSTEM service the plugin writes with), which no caller can be. Only the request's own
    /// SharedVariables are read, not its parents': a customer's plug-in that the sync's write triggered sends its own
    /// requests, and the changes they make are propagated and logged like anyone's.
    /// </summary>
    public static class SyncMarker
    {
        public const string Value = "TeamSync.Propagation";

        public static void Mark(OrganizationRequest request) => request[Schema.Parameters.Tag] = Value;

        public static bool IsSyncCaused(IPluginExecutionContext context, IOrganizationService syncService)
        {
            if (!context.SharedVariables.TryGetValue(Schema.Parameters.Tag, out var tag) || tag as string != Value)
            {
                return false;
            }

            var identity = syncService.Execute(new OrganizationRequest(Schema.Messages.WhoAmI));
            return identity.Results.TryGetValue(Schema.Parameters.UserId, out var id) && id is Guid syncUser && syncUser == context.UserId;
        }
    }
}
