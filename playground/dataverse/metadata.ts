/**
 * The tables the in-memory Dataverse knows: their entity sets, keys, lookups and N:N relationships.
 * Names come from the control's schema so that the fake and the control cannot drift apart.
 */
import {
    BusinessUnit,
    PluginType,
    ProcessingStep,
    Role,
    SdkMessage,
    SdkMessageFilter,
    Solution,
    SyncGroup,
    SyncLog,
    SyncMember,
    SystemUser,
    SystemUserRoles,
    Team,
    TeamMembership,
    Workflow,
} from "../../TeamSyncEditor/data/schema";

/** A single-valued navigation property: its value is stored as `_<name>_value`. */
export interface LookupDefinition {
    target: string;
    /** The stored column when it is not `_<name>_value` (a step's `eventhandler_plugintype` is `_eventhandler_value`). */
    valueColumn?: string;
}

/** A collection-valued navigation property through an intersect table. */
export interface ManyToManyDefinition {
    intersect: string;
    /** Intersect column holding this table's id. */
    selfColumn: string;
    /** Intersect column holding the other table's id. */
    otherColumn: string;
    target: string;
}

export interface TableDefinition {
    logicalName: string;
    entitySet: string;
    /** Primary key column; intersect tables have a composite key instead. */
    primaryId: string;
    /** Intersect tables: the two id columns making the key. */
    intersectKey?: [string, string];
    lookups: Record<string, LookupDefinition>;
    manyToMany: Record<string, ManyToManyDefinition>;
    /** Whether writes stamp versionnumber, modifiedon and createdon. */
    versioned: boolean;
}

/** Where AddSolutionComponent records a solution's components (only the playground's org endpoint writes it). */
export const SOLUTION_COMPONENT = {
    logicalName: "solutioncomponent",
    entitySet: "solutioncomponents",
    id: "solutioncomponentid",
    objectId: "objectid",
    componentType: "componenttype",
    solutionNav: "solutionid",
    solutionValue: "_solutionid_value",
} as const;

const teamMembers: ManyToManyDefinition = {
    intersect: TeamMembership.logicalName,
    selfColumn: TeamMembership.teamId,
    otherColumn: TeamMembership.userId,
    target: SystemUser.logicalName,
};

export const TABLES: readonly TableDefinition[] = [
    {
        logicalName: Team.logicalName,
        entitySet: Team.entitySet,
        primaryId: Team.id,
        lookups: { [Team.businessUnit]: { target: BusinessUnit.logicalName } },
        manyToMany: { [Team.membersNav]: teamMembers },
        versioned: true,
    },
    {
        logicalName: BusinessUnit.logicalName,
        entitySet: BusinessUnit.entitySet,
        primaryId: BusinessUnit.id,
        lookups: {},
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: Role.logicalName,
        entitySet: Role.entitySet,
        primaryId: Role.id,
        lookups: {
            parentrootroleid: { target: Role.logicalName },
            businessunitid: { target: BusinessUnit.logicalName },
        },
        manyToMany: {
            [SystemUser.rolesNav]: {
                intersect: SystemUserRoles.logicalName,
                selfColumn: SystemUserRoles.roleId,
                otherColumn: SystemUserRoles.userId,
                target: SystemUser.logicalName,
            },
        },
        versioned: true,
    },
    {
        logicalName: SystemUser.logicalName,
        entitySet: SystemUser.entitySet,
        primaryId: SystemUser.id,
        lookups: { [SystemUser.businessUnit]: { target: BusinessUnit.logicalName } },
        manyToMany: {
            [SystemUser.rolesNav]: {
                intersect: SystemUserRoles.logicalName,
                selfColumn: SystemUserRoles.userId,
                otherColumn: SystemUserRoles.roleId,
                target: Role.logicalName,
            },
            [Team.membersNav]: {
                intersect: TeamMembership.logicalName,
                selfColumn: TeamMembership.userId,
                otherColumn: TeamMembership.teamId,
                target: Team.logicalName,
            },
        },
        versioned: true,
    },
    {
        logicalName: TeamMembership.logicalName,
        entitySet: TeamMembership.entitySet,
        primaryId: "teammembershipid",
        intersectKey: [TeamMembership.teamId, TeamMembership.userId],
        lookups: {},
        manyToMany: {},
        versioned: false,
    },
    {
        logicalName: SystemUserRoles.logicalName,
        entitySet: SystemUserRoles.entitySet,
        primaryId: "systemuserroleid",
        intersectKey: [SystemUserRoles.userId, SystemUserRoles.roleId],
        lookups: {},
        manyToMany: {},
        versioned: false,
    },
    {
        logicalName: SyncGroup.logicalName,
        entitySet: SyncGroup.entitySet,
        primaryId: SyncGroup.id,
        lookups: { [SyncGroup.parentTeam]: { target: Team.logicalName } },
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: SyncMember.logicalName,
        entitySet: SyncMember.entitySet,
        primaryId: SyncMember.id,
        lookups: {
            [SyncMember.group]: { target: SyncGroup.logicalName },
            [SyncMember.childTeam]: { target: Team.logicalName },
            [SyncMember.requiredRole]: { target: Role.logicalName },
        },
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: SyncLog.logicalName,
        entitySet: SyncLog.entitySet,
        primaryId: SyncLog.id,
        lookups: {
            [SyncLog.user]: { target: SystemUser.logicalName },
            [SyncLog.team]: { target: Team.logicalName },
            [SyncLog.sourceTeam]: { target: Team.logicalName },
            [SyncLog.initiatingUser]: { target: SystemUser.logicalName },
        },
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: PluginType.logicalName,
        entitySet: PluginType.entitySet,
        primaryId: PluginType.id,
        lookups: {},
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: SdkMessage.logicalName,
        entitySet: SdkMessage.entitySet,
        primaryId: SdkMessage.id,
        lookups: {},
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: SdkMessageFilter.logicalName,
        entitySet: SdkMessageFilter.entitySet,
        primaryId: SdkMessageFilter.id,
        lookups: { [SdkMessageFilter.messageNav]: { target: SdkMessage.logicalName } },
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: ProcessingStep.logicalName,
        entitySet: ProcessingStep.entitySet,
        primaryId: ProcessingStep.id,
        lookups: {
            [ProcessingStep.pluginTypeNav]: {
                target: PluginType.logicalName,
                valueColumn: ProcessingStep.pluginTypeValue,
            },
            [ProcessingStep.messageNav]: { target: SdkMessage.logicalName },
            [ProcessingStep.filterNav]: { target: SdkMessageFilter.logicalName },
        },
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: Solution.logicalName,
        entitySet: Solution.entitySet,
        primaryId: Solution.id,
        lookups: {},
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: SOLUTION_COMPONENT.logicalName,
        entitySet: SOLUTION_COMPONENT.entitySet,
        primaryId: SOLUTION_COMPONENT.id,
        lookups: { [SOLUTION_COMPONENT.solutionNav]: { target: Solution.logicalName } },
        manyToMany: {},
        versioned: true,
    },
    {
        logicalName: Workflow.logicalName,
        entitySet: Workflow.entitySet,
        primaryId: Workflow.id,
        lookups: {},
        manyToMany: {},
        versioned: true,
    },
];

export function tableByLogicalName(logicalName: string): TableDefinition | undefined {
    return TABLES.find((t) => t.logicalName === logicalName);
}

export function tableByEntitySet(entitySet: string): TableDefinition | undefined {
    return TABLES.find((t) => t.entitySet === entitySet);
}

/** The stored column of a lookup: `nw_parentteamid` → `_nw_parentteamid_value`, unless the table names another. */
export function lookupValueColumn(navigationProperty: string, table?: TableDefinition): string {
    return table?.lookups[navigationProperty]?.valueColumn ?? `_${navigationProperty}_value`;
}
