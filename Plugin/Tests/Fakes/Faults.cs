using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>How the platform reports a failed request: FaultException&lt;OrganizationServiceFault&gt; with an error code.</summary>
    public static class Faults
    {
        /// <summary>"Cannot insert duplicate key": an Associate (or AddMembersTeam) of a pair already associated.</summary>
        public const int DuplicateRecord = -2147220937;

        /// <summary>"{entity} With Id = {id} Does Not Exist".</summary>
        public const int ObjectDoesNotExist = -2147220969;

        /// <summary>Stand-in code for the platform refusing to change a group team's or default team's members by hand.</summary>
        public const int ManagedTeam = -2147220891;

        /// <summary>The platform's loop detection (Depth beyond 8).</summary>
        public const int InfiniteLoop = -2147220892;

        /// <summary>A failure with no more specific code (a transient SQL error, a timeout).</summary>
        public const int Generic = -2147220970;

        public static FaultException<OrganizationServiceFault> Of(int code, string message)
        {
            return new FaultException<OrganizationServiceFault>(new OrganizationServiceFault { ErrorCode = code, Message = message }, new FaultReason(message));
        }
    }
}
