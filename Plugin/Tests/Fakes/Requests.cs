using System;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>The requests the tests send that the SDK stand-in has no request class for.</summary>
    public static class Requests
    {
        /// <summary>
        /// Activates (State 0, Status 1) or deactivates (State 1, Status 2) a record of the nw_ tables, as the SDK's
        /// SetStateRequest does (message SetState); <paramref name="message"/> SetStateDynamicEntity is the route of the
        /// app's Activate/Deactivate commands.
        /// </summary>
        public static OrganizationRequest SetState(string entity, Guid id, bool active, string message = "SetState")
        {
            return new OrganizationRequest(message)
            {
                ["EntityMoniker"] = new EntityReference(entity, id),
                ["State"] = new OptionSetValue(active ? 0 : 1),
                ["Status"] = new OptionSetValue(active ? 1 : 2),
            };
        }

        public static OrganizationRequest Delete(string entity, Guid id) => new OrganizationRequest("Delete") { ["Target"] = new EntityReference(entity, id) };
    }
}
