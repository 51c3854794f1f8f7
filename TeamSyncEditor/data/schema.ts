/**
 * Every Dataverse name the control uses, spelled once. The plugin (C#) and the solution use the
 * same names; a test compares them with Solution/.
 */

export const Team = {
    logicalName: "team",
    entitySet: "teams",
    id: "teamid",
    name: "name",
    teamType: "teamtype",
    isDefault: "isdefault",
    /** Navigation property (single-valued) to the business unit. */
    businessUnit: "businessunitid",
    /** Navigation property (N:N) to the members, and its intersect table. */
    membersNav: "teammembership_association",
    /**
     * The control's count of unsaved edits, bound on the Team (with sync) form so the form warns before it is left with
     * them; a step of the solution drops it from every update, so no team stores it.
     */
    unsavedEdits: "nw_teamsyncunsavededits",
} as const;

export const BusinessUnit = {
    logicalName: "businessunit",
    entitySet: "businessunits",
    id: "businessunitid",
    name: "name",
} as const;

export const TeamType = {
    owner: 0,
    access: 1,
    entraSecurityGroup: 2,
    entraOfficeGroup: 3,
} as const;

export const Role = {
    logicalName: "role",
    entitySet: "roles",
    id: "roleid",
    name: "name",
    parentRootRoleValue: "_parentrootroleid_value",
} as const;

export const SystemUser = {
    logicalName: "systemuser",
    entitySet: "systemusers",
    id: "systemuserid",
    fullName: "fullname",
    /** The user's business unit (filtering column of the step that reconciles a user moved to another, which takes their security roles away). */
    businessUnit: "businessunitid",
    /** Navigation property (N:N) to the roles assigned directly, through `systemuserroles`. */
    rolesNav: "systemuserroles_association",
} as const;

/** Intersect table of team ↔ user. */
export const TeamMembership = {
    logicalName: "teammembership",
    entitySet: "teammemberships",
    teamId: "teamid",
    userId: "systemuserid",
} as const;

/** Intersect table of user ↔ role (directly assigned). */
export const SystemUserRoles = {
    logicalName: "systemuserroles",
    entitySet: "systemuserrolescollection",
    userId: "systemuserid",
    roleId: "roleid",
} as const;

export const StateCode = { active: 0, inactive: 1 } as const;
/** Default status reasons of the two states. */
export const StatusCode = { active: 1, inactive: 2 } as const;

export const SyncDirection = { oneWay: 1, bidirectional: 2 } as const;

export const SyncGroup = {
    logicalName: "nw_teamsyncgroup",
    entitySet: "nw_teamsyncgroups",
    id: "nw_teamsyncgroupid",
    name: "nw_name",
    parentTeam: "nw_parentteamid",
    parentTeamValue: "_nw_parentteamid_value",
    direction: "nw_syncdirection",
    stateCode: "statecode",
    statusCode: "statuscode",
    versionNumber: "versionnumber",
    modifiedOn: "modifiedon",
} as const;

export const SyncMember = {
    logicalName: "nw_teamsyncmember",
    entitySet: "nw_teamsyncmembers",
    id: "nw_teamsyncmemberid",
    name: "nw_name",
    group: "nw_teamsyncgroupid",
    groupValue: "_nw_teamsyncgroupid_value",
    childTeam: "nw_childteamid",
    childTeamValue: "_nw_childteamid_value",
    order: "nw_syncorder",
    requiredRole: "nw_requiredroleid",
    requiredRoleValue: "_nw_requiredroleid_value",
    stateCode: "statecode",
    statusCode: "statuscode",
    versionNumber: "versionnumber",
    modifiedOn: "modifiedon",
} as const;

export const SyncLog = {
    logicalName: "nw_teamsynclog",
    entitySet: "nw_teamsynclogs",
    id: "nw_teamsynclogid",
    name: "nw_name",
    user: "nw_userid",
    userValue: "_nw_userid_value",
    team: "nw_teamid",
    teamValue: "_nw_teamid_value",
    operation: "nw_operation",
    cause: "nw_cause",
    sourceTeam: "nw_sourceteamid",
    sourceTeamValue: "_nw_sourceteamid_value",
    path: "nw_path",
    correlationId: "nw_correlationid",
    initiatingUser: "nw_initiatinguserid",
    initiatingUserValue: "_nw_initiatinguserid_value",
    outcome: "nw_outcome",
    errorText: "nw_errortext",
    createdOn: "createdon",
} as const;

/**
 * The nw_errortext of a continuation row, which the plugin writes when its time budget ends a run
 * and whose correlation id update starts the follow-up: finish the row's join or leave, or reconcile its user.
 */
export const ContinuationText = {
    propagation:
        "Stopped at the time budget before this change's propagation was finished; a follow-up job finishes it.",
    reconcile: "Stopped at the time budget before this user was reconciled; a follow-up job reconciles them.",
} as const;

export const LogOperationValue = { join: 1, leave: 2 } as const;
export const LogCauseValue = { manual: 1, sync: 2 } as const;
export const LogOutcomeValue = { done: 1, skipped: 2, failed: 3 } as const;

/** The sync tables whose create/write privilege the editor needs. */
export const SYNC_TABLES = [SyncGroup.logicalName, SyncMember.logicalName] as const;

/** Dataverse's page size limit for one retrieveMultiple request. */
export const MAX_PAGE_SIZE = 5000;

/** Body key that sets a lookup on create/update: `nw_parentteamid@odata.bind`. */
export function bindKey(navigationProperty: string): string {
    return `${navigationProperty}@odata.bind`;
}

/** Body value that names a record for a lookup: `/teams(…)`. */
export function bindValue(entitySet: string, id: string): string {
    return `/${entitySet}(${id})`;
}

/** Platform tables that propagation's status and "Turn on propagation" read and write (system names). */
export const PluginType = {
    logicalName: "plugintype",
    entitySet: "plugintypes",
    id: "plugintypeid",
    typeName: "typename",
} as const;

export const SdkMessage = {
    logicalName: "sdkmessage",
    entitySet: "sdkmessages",
    id: "sdkmessageid",
    name: "name",
} as const;

export const SdkMessageFilter = {
    logicalName: "sdkmessagefilter",
    entitySet: "sdkmessagefilters",
    id: "sdkmessagefilterid",
    messageNav: "sdkmessageid",
    messageValue: "_sdkmessageid_value",
    /** The table's logical name, as a string. */
    primaryTable: "primaryobjecttypecode",
} as const;

export const ProcessingStep = {
    logicalName: "sdkmessageprocessingstep",
    entitySet: "sdkmessageprocessingsteps",
    id: "sdkmessageprocessingstepid",
    name: "name",
    description: "description",
    /** The step's event handler, bound as a plug-in type. */
    pluginTypeNav: "eventhandler_plugintype",
    pluginTypeValue: "_eventhandler_value",
    messageNav: "sdkmessageid",
    messageValue: "_sdkmessageid_value",
    filterNav: "sdkmessagefilterid",
    filterValue: "_sdkmessagefilterid_value",
    stage: "stage",
    mode: "mode",
    filteringAttributes: "filteringattributes",
    rank: "rank",
    supportedDeployment: "supporteddeployment",
    asyncAutoDelete: "asyncautodelete",
    stateCode: "statecode",
    statusCode: "statuscode",
} as const;

/** A step's execution mode, and the PostOperation stage (after the change is saved) of every propagation step. */
export const StepMode = { synchronous: 0, asynchronous: 1 } as const;
export const POST_OPERATION = 40;

/** A step's state and status: enabled is state 0 status 1, disabled state 1 status 2. */
export const StepState = { enabled: 0, disabled: 1 } as const;
export const StepStatus = { enabled: 1, disabled: 2 } as const;

export const Solution = {
    logicalName: "solution",
    entitySet: "solutions",
    id: "solutionid",
    uniqueName: "uniquename",
    isManaged: "ismanaged",
} as const;

export const Workflow = {
    logicalName: "workflow",
    entitySet: "workflows",
    id: "workflowid",
    stateCode: "statecode",
} as const;

/** A cloud flow is off as a draft (0) and on when activated (1). */
export const WorkflowState = { draft: 0, activated: 1 } as const;

/** The solution's unique name, and its nightly reconcile flow (Solution/Workflows). */
export const TEAMSYNC_SOLUTION = "TeamSync";
export const NIGHTLY_RECONCILE_FLOW_ID = "c0115858-c4d9-51ec-b929-ce5bcb13db42";

/** The custom API the control calls for "Reconcile now" (Solution/customapis). */
export const ReconcileApi = {
    name: "nw_ReconcileTeamSync",
    mode: "Mode",
    teamId: "TeamId",
    userId: "UserId",
    pageToken: "PageToken",
    adds: "Adds",
    removes: "Removes",
    failed: "Failed",
    report: "Report",
    nextPageToken: "NextPageToken",
} as const;

export const ReconcileMode = { report: "report", apply: "apply" } as const;

/** The platform action that puts a component into an unmanaged solution. */
export const AddSolutionComponent = {
    name: "AddSolutionComponent",
    componentId: "ComponentId",
    componentType: "ComponentType",
    solutionUniqueName: "SolutionUniqueName",
    addRequiredComponents: "AddRequiredComponents",
} as const;

/** Solution component type of a plug-in step. */
export const STEP_COMPONENT_TYPE = 92;
