/**
 * The writes that take Dataverse from the loaded records to the edited ones (pure), in the order
 * of `orderWrites`: new configurations are created with the id the session gave them, so members
 * can point at them. A removed link is deactivated, never deleted, so its history stays.
 */
import { resolveEdits } from "./resolveEdits";
import { orderWrites, PlannedWrite, WriteKind } from "./writeOrder";
import {
    Role,
    StateCode,
    StatusCode,
    SyncDirection,
    SyncGroup,
    SyncMember,
    Team,
    bindKey,
    bindValue,
} from "./schema";
import { ConfigurationRow, EditChange, LoadedOrg, MemberRow, Write } from "./types";

function state(active: boolean): Record<string, number> {
    return active
        ? { statecode: StateCode.active, statuscode: StatusCode.active }
        : { statecode: StateCode.inactive, statuscode: StatusCode.inactive };
}

function configurationBody(c: ConfigurationRow): Record<string, unknown> {
    return {
        [SyncGroup.id]: c.id,
        [SyncGroup.name]: c.name,
        [bindKey(SyncGroup.parentTeam)]: bindValue(Team.entitySet, c.parentTeamId),
        [SyncGroup.direction]: c.direction === "bidirectional" ? SyncDirection.bidirectional : SyncDirection.oneWay,
        ...state(c.active),
    };
}

function roleBind(roleId: string | null): Record<string, unknown> {
    return { [bindKey(SyncMember.requiredRole)]: roleId === null ? null : bindValue(Role.entitySet, roleId) };
}

function memberBody(m: MemberRow): Record<string, unknown> {
    return {
        [SyncMember.id]: m.id,
        [SyncMember.name]: m.name,
        [bindKey(SyncMember.group)]: bindValue(SyncGroup.entitySet, m.configurationId),
        [bindKey(SyncMember.childTeam)]: bindValue(Team.entitySet, m.childTeamId),
        [SyncMember.order]: m.order,
        ...(m.requiredRoleId === null ? {} : roleBind(m.requiredRoleId)),
        ...state(m.active),
    };
}

function configurationChanges(before: ConfigurationRow, after: ConfigurationRow): Record<string, unknown> {
    return {
        ...(before.name !== after.name ? { [SyncGroup.name]: after.name } : {}),
        ...(before.active !== after.active ? state(after.active) : {}),
    };
}

function memberChanges(before: MemberRow, after: MemberRow): Record<string, unknown> {
    return {
        ...(before.configurationId !== after.configurationId
            ? { [bindKey(SyncMember.group)]: bindValue(SyncGroup.entitySet, after.configurationId) }
            : {}),
        ...(before.order !== after.order ? { [SyncMember.order]: after.order } : {}),
        ...(before.requiredRoleId !== after.requiredRoleId ? roleBind(after.requiredRoleId) : {}),
        ...(before.active !== after.active ? state(after.active) : {}),
    };
}

function updateKind(before: { active: boolean }, after: { active: boolean }): WriteKind {
    if (before.active === after.active) return WriteKind.update;
    return after.active ? WriteKind.activate : WriteKind.deactivate;
}

export function planWrites(loaded: LoadedOrg, changes: readonly EditChange[], seed: string): Write[] {
    const edited = resolveEdits(loaded, changes, seed);
    const planned: PlannedWrite[] = [];
    for (const c of edited.configurations) {
        const before = loaded.configurations.find((x) => x.id === c.id);
        const record = { configuration: c };
        if (edited.created.has(c.id) || !before) {
            planned.push({ kind: WriteKind.createConfiguration, record, inert: false, write: { op: "create", table: SyncGroup.logicalName, id: c.id, data: configurationBody(c), name: c.name } });
            continue;
        }
        const data = configurationChanges(before, c);
        const inert = Object.keys(data).every((column) => column === SyncGroup.name);
        if (Object.keys(data).length > 0) planned.push({ kind: updateKind(before, c), record, inert, write: { op: "update", table: SyncGroup.logicalName, id: c.id, data, name: c.name } });
    }
    for (const m of edited.members) {
        const before = loaded.members.find((x) => x.id === m.id);
        const record = { member: m };
        if (edited.created.has(m.id) || !before) {
            planned.push({ kind: WriteKind.createMember, record, inert: false, write: { op: "create", table: SyncMember.logicalName, id: m.id, data: memberBody(m), name: m.name } });
            continue;
        }
        const data = memberChanges(before, m);
        const inert = Object.keys(data).every((column) => column === SyncMember.order);
        if (Object.keys(data).length > 0) planned.push({ kind: updateKind(before, m), record, inert, write: { op: "update", table: SyncMember.logicalName, id: m.id, data, name: m.name } });
    }
    return orderWrites(loaded, planned);
}
