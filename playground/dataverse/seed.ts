/**
 * Writes an organisation into the in-memory Dataverse with the control's own schema names: used by
 * the tests and by the playground's sample data.
 */
import {
    BusinessUnit,
    LogCauseValue,
    LogOperationValue,
    LogOutcomeValue,
    Role,
    StateCode,
    StatusCode,
    SyncDirection,
    SyncGroup,
    SyncLog,
    SyncMember,
    SystemUser,
    SystemUserRoles,
    Team,
    TeamMembership,
    bindKey,
    bindValue,
} from "../../TeamSyncEditor/data/schema";
import type { Direction } from "../../TeamSyncEditor/engine/types";
import type { LogCause, LogOperation, LogOutcome } from "../../TeamSyncEditor/data/types";
import { DataverseStore } from "./store";

export function seedBusinessUnit(store: DataverseStore, name: string, id?: string): string {
    return store.create(BusinessUnit.logicalName, { [BusinessUnit.id]: id, [BusinessUnit.name]: name });
}

export interface TeamSeed {
    id?: string;
    name: string;
    type?: number;
    isDefault?: boolean;
    businessUnitId: string;
}

export function seedTeam(store: DataverseStore, team: TeamSeed): string {
    return store.create(Team.logicalName, {
        [Team.id]: team.id,
        [Team.name]: team.name,
        [Team.teamType]: team.type ?? 0,
        [Team.isDefault]: team.isDefault ?? false,
        [bindKey(Team.businessUnit)]: bindValue(BusinessUnit.entitySet, team.businessUnitId),
    });
}

/** A role and its copy in another business unit (both share the root id). */
export function seedRole(
    store: DataverseStore,
    name: string,
    businessUnitId: string,
    copyInBusinessUnitId?: string,
): string {
    const rootId = store.newId();
    store.create(Role.logicalName, {
        [Role.id]: rootId,
        [Role.name]: name,
        "businessunitid@odata.bind": bindValue(BusinessUnit.entitySet, businessUnitId),
    });
    store.update(Role.logicalName, rootId, { "parentrootroleid@odata.bind": bindValue(Role.entitySet, rootId) });
    if (copyInBusinessUnitId) {
        store.create(Role.logicalName, {
            [Role.name]: name,
            "businessunitid@odata.bind": bindValue(BusinessUnit.entitySet, copyInBusinessUnitId),
            "parentrootroleid@odata.bind": bindValue(Role.entitySet, rootId),
        });
    }
    return rootId;
}

export function seedUser(store: DataverseStore, fullName: string, id?: string): string {
    return store.create(SystemUser.logicalName, { [SystemUser.id]: id, [SystemUser.fullName]: fullName });
}

export function seedMembership(store: DataverseStore, teamId: string, userId: string): void {
    store.associate(TeamMembership.logicalName, teamId, userId);
}

export function seedUserRole(store: DataverseStore, userId: string, roleId: string): void {
    store.associate(SystemUserRoles.logicalName, userId, roleId);
}

export interface ConfigurationSeed {
    id?: string;
    name: string;
    parentTeamId: string;
    direction: Direction;
    active?: boolean;
}

export function seedConfiguration(store: DataverseStore, c: ConfigurationSeed): string {
    const active = c.active ?? true;
    return store.create(SyncGroup.logicalName, {
        [SyncGroup.id]: c.id,
        [SyncGroup.name]: c.name,
        [bindKey(SyncGroup.parentTeam)]: bindValue(Team.entitySet, c.parentTeamId),
        [SyncGroup.direction]: c.direction === "bidirectional" ? SyncDirection.bidirectional : SyncDirection.oneWay,
        [SyncGroup.stateCode]: active ? StateCode.active : StateCode.inactive,
        [SyncGroup.statusCode]: active ? StatusCode.active : StatusCode.inactive,
    });
}

export interface MemberSeed {
    id?: string;
    name: string;
    configurationId: string;
    childTeamId: string;
    order?: number | null;
    roleId?: string | null;
    active?: boolean;
}

export function seedMember(store: DataverseStore, m: MemberSeed): string {
    const active = m.active ?? true;
    return store.create(SyncMember.logicalName, {
        [SyncMember.id]: m.id,
        [SyncMember.name]: m.name,
        [bindKey(SyncMember.group)]: bindValue(SyncGroup.entitySet, m.configurationId),
        [bindKey(SyncMember.childTeam)]: bindValue(Team.entitySet, m.childTeamId),
        [SyncMember.order]: m.order ?? null,
        ...(m.roleId ? { [bindKey(SyncMember.requiredRole)]: bindValue(Role.entitySet, m.roleId) } : {}),
        [SyncMember.stateCode]: active ? StateCode.active : StateCode.inactive,
        [SyncMember.statusCode]: active ? StatusCode.active : StatusCode.inactive,
    });
}

export interface LogSeed {
    userId: string;
    teamId: string;
    operation: LogOperation;
    cause: LogCause;
    outcome?: LogOutcome;
    sourceTeamId?: string;
    path?: string;
    correlationId?: string;
    initiatingUserId?: string;
    errorText?: string;
    createdOn: string;
}

export function seedLog(store: DataverseStore, log: LogSeed): string {
    const outcome = log.outcome ?? "done";
    return store.create(SyncLog.logicalName, {
        [SyncLog.name]: `${log.operation} ${log.teamId}`,
        [bindKey(SyncLog.user)]: bindValue(SystemUser.entitySet, log.userId),
        [bindKey(SyncLog.team)]: bindValue(Team.entitySet, log.teamId),
        [SyncLog.operation]: LogOperationValue[log.operation],
        [SyncLog.cause]: LogCauseValue[log.cause],
        [SyncLog.outcome]: LogOutcomeValue[outcome],
        ...(log.sourceTeamId ? { [bindKey(SyncLog.sourceTeam)]: bindValue(Team.entitySet, log.sourceTeamId) } : {}),
        [SyncLog.path]: log.path ?? null,
        [SyncLog.correlationId]: log.correlationId ?? null,
        ...(log.initiatingUserId
            ? { [bindKey(SyncLog.initiatingUser)]: bindValue(SystemUser.entitySet, log.initiatingUserId) }
            : {}),
        [SyncLog.errorText]: log.errorText ?? null,
        [SyncLog.createdOn]: log.createdOn,
    });
}
