namespace TeamSync.Plugins
{
    /// <summary>Every Dataverse name the plugin uses, defined once: tables, columns, choice values, messages, fault codes.</summary>
    public static class Schema
    {
        public static class Team
        {
            public const string Entity = "team";
            public const string Id = "teamid";
            public const string Name = "name";
            public const string TeamType = "teamtype";
            public const string IsDefault = "isdefault";

            /// <summary>
            /// The control's count of unsaved sync edits, bound on the Team (with sync) form so the form warns before
            /// it is left with them; it only ever lives on the form, never in the table.
            /// </summary>
            public const string UnsavedEdits = "nw_teamsyncunsavededits";
        }

        public static class User
        {
            public const string Entity = "systemuser";
            public const string Id = "systemuserid";

            /// <summary>Moving a user to another business unit takes their security roles away, with no Disassociate.</summary>
            public const string BusinessUnit = "businessunitid";
        }

        public static class Role
        {
            public const string Entity = "role";
            public const string Id = "roleid";
            public const string ParentRootRole = "parentrootroleid";
        }

        public static class TeamMembership
        {
            public const string Entity = "teammembership";
            public const string Relationship = "teammembership_association";
            public const string TeamId = "teamid";
            public const string UserId = "systemuserid";
        }

        public static class UserRoles
        {
            public const string Entity = "systemuserroles";
            public const string Relationship = "systemuserroles_association";
            public const string UserId = "systemuserid";
            public const string RoleId = "roleid";
        }

        /// <summary>The platform's record of a registered plug-in step; statecode 0 is Enabled.</summary>
        public static class Step
        {
            public const string Entity = "sdkmessageprocessingstep";
            public const string PluginType = "plugintypeid";
            public const string Message = "sdkmessageid";
            public const string Mode = "mode";
            public const int ModeSynchronous = 0;
            public const int ModeAsynchronous = 1;
        }

        public static class PluginType
        {
            public const string Entity = "plugintype";
            public const string Id = "plugintypeid";
            public const string TypeName = "typename";
        }

        public static class SdkMessage
        {
            public const string Entity = "sdkmessage";
            public const string Id = "sdkmessageid";
            public const string Name = "name";
        }

        public static class Group
        {
            public const string Entity = "nw_teamsyncgroup";
            public const string Id = "nw_teamsyncgroupid";
            public const string Name = "nw_name";
            public const string ParentTeam = "nw_parentteamid";
            public const string Direction = "nw_syncdirection";
        }

        public static class Member
        {
            public const string Entity = "nw_teamsyncmember";
            public const string Id = "nw_teamsyncmemberid";
            public const string Name = "nw_name";
            public const string Group = "nw_teamsyncgroupid";
            public const string ChildTeam = "nw_childteamid";
            public const string Order = "nw_syncorder";
            public const string RequiredRole = "nw_requiredroleid";
        }

        public static class Log
        {
            public const string Entity = "nw_teamsynclog";
            public const string Id = "nw_teamsynclogid";
            public const string Name = "nw_name";
            public const string User = "nw_userid";
            public const string Team = "nw_teamid";
            public const string Operation = "nw_operation";
            public const string Cause = "nw_cause";
            public const string SourceTeam = "nw_sourceteamid";
            public const string Path = "nw_path";
            public const string CorrelationId = "nw_correlationid";
            public const string InitiatingUser = "nw_initiatinguserid";
            public const string Outcome = "nw_outcome";
            public const string ErrorText = "nw_errortext";
            public const string CreatedOn = "createdon";

            public const int OperationJoin = 1;
            public const int OperationLeave = 2;
            public const int CauseManual = 1;
            public const int CauseSync = 2;
            public const int OutcomeDone = 1;
            public const int OutcomeSkipped = 2;
            public const int OutcomeFailed = 3;
        }

        /// <summary>statecode of the nw_ tables.</summary>
        public const string StateCode = "statecode";
        public const int StateActive = 0;

        public static class Messages
        {
            public const string Create = "Create";
            public const string Update = "Update";
            public const string Delete = "Delete";
            public const string Associate = "Associate";
            public const string Disassociate = "Disassociate";
            /// <summary>
            /// What a step sees in MessageName for AddMembersTeamRequest / RemoveMembersTeamRequest: the sdkmessage name,
            /// which differs from the request name (SdkMessage.Name "AddMembers" ↔ SdkMessageRequest.Name "AddMembersTeam").
            /// </summary>
            public const string AddMembers = "AddMembers";
            public const string RemoveMembers = "RemoveMembers";

            /// <summary>The request names the plugin sends through IOrganizationService.Execute.</summary>
            public const string AddMembersTeam = "AddMembersTeam";
            public const string RemoveMembersTeam = "RemoveMembersTeam";
            public const string CreateMultiple = "CreateMultiple";
            public const string UpdateMultiple = "UpdateMultiple";
            public const string WhoAmI = "WhoAmI";
            public const string RetrievePrincipalAccess = "RetrievePrincipalAccess";
            public const string ReconcileTeamSync = "nw_ReconcileTeamSync";
        }

        /// <summary>Request and response parameter names.</summary>
        public static class Parameters
        {
            public const string Target = "Target";
            public const string Relationship = "Relationship";
            public const string RelatedEntities = "RelatedEntities";
            public const string TeamId = "TeamId";
            public const string MemberIds = "MemberIds";
            public const string EntityMoniker = "EntityMoniker";
            public const string State = "State";
            public const string Targets = "Targets";
            public const string Principal = "Principal";
            public const string AccessRights = "AccessRights";
            public const string Tag = "tag";

            /// <summary>Output of WhoAmI: the caller's systemuserid.</summary>
            public const string UserId = "UserId";

            /// <summary>Output of CreateMultiple: the new records' ids, in the order of Targets.</summary>
            public const string Ids = "Ids";

            /// <summary>Output of Create: the new record's id.</summary>
            public const string Id = "id";
        }

        /// <summary>The name the configuration steps register their pre-image under.</summary>
        public const string PreImage = "PreImage";

        public static class ReconcileApi
        {
            public const string Mode = "Mode";
            public const string TeamId = "TeamId";
            public const string UserId = "UserId";
            public const string PageToken = "PageToken";
            public const string Adds = "Adds";
            public const string Removes = "Removes";
            public const string Failed = "Failed";
            public const string Report = "Report";
            public const string NextPageToken = "NextPageToken";
            public const string ModeReport = "report";
            public const string ModeApply = "apply";
        }

        /// <summary>AccessRights.WriteAccess: what adding or removing a team's members takes.</summary>
        public const int WriteAccess = 2;

        /// <summary>OrganizationServiceFault.ErrorCode "Cannot insert duplicate key": the user is already a member.</summary>
        public const int DuplicateRecordFault = -2147220937;
    }
}
