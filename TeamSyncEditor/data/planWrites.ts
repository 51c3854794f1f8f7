/**
 * The writes that take Dataverse from the loaded records to the edited ones (pure), in the order
 * of `orderWrites`: new configurations are created with the id the session gave them, so members
 * can point at them. A removed link is deactivated, never deleted, so its history stays.
 */
import { resolveEdits } from "./resolveEdits";
import { orderWrites, PlannedWrite, WriteKind } from "./writeOrder";
import { Role, StateCode, StatusCode, SyncDirection, SyncGroup, SyncMember, Team, bindKey, bindValue } from "./schema";
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

type UpdateEffect = "update" | "activate" | "deactivate";

const UPDATE_KIND: Record<UpdateEffect, WriteKind> = {
    update: WriteKind.update,
    activate: WriteKind.activate,
    deactivate: WriteKind.deactivate,
};

function updateEffect(before: { active: boolean }, after: { active: boolean }): UpdateEffect {
    if (before.active === after.active) return "update";
    return after.active ? "activate" : "deactivate";
}

/**
 * The writes the edits need, not yet in save order: as many as the save will make, so the count of
 * unsaved changes is this list's length (ordering runs validation per write, too slow per keystroke).
 */
export function plannedWrites(loaded: LoadedOrg, changes: readonly EditChange[], seed: string): PlannedWrite[] {
    const edited = resolveEdits(loaded, changes, seed);
    const teamNames = new Map(loaded.teams.map((t) => [t.id, t.name]));
    const parents = new Map(edited.configurations.map((c) => [c.id, c.parentTeamId]));
    const teamName = (id: string | undefined) => (id === undefined ? "" : (teamNames.get(id) ?? id));
    const linkName = (m: MemberRow) => `${teamName(parents.get(m.configurationId))} \u2192 ${teamName(m.childTeamId)}`;
    const loadedConfigurations = new Map(loaded.configurations.map((c) => [c.id, c]));
    const loadedMembers = new Map(loaded.members.map((m) => [m.id, m]));
    const planned: PlannedWrite[] = [];
    for (const c of edited.configurations) {
        const before = loadedConfigurations.get(c.id);
        const record = { configuration: c };
        if (edited.created.has(c.id) || !before) {
            planned.push({
                kind: WriteKind.createConfiguration,
                record,
                inert: false,
                write: {
                    op: "create",
                    table: SyncGroup.logicalName,
                    id: c.id,
                    data: configurationBody(c),
                    name: c.name,
                    effect: "create",
                },
            });
            continue;
        }
        const data = configurationChanges(before, c);
        const inert = Object.keys(data).every((column) => column === SyncGroup.name);
        const cEffect = updateEffect(before, c);
        if (Object.keys(data).length > 0)
            planned.push({
                kind: UPDATE_KIND[cEffect],
                record,
                inert,
                write: { op: "update", table: SyncGroup.logicalName, id: c.id, data, name: c.name, effect: cEffect },
            });
    }
    for (const m of edited.members) {
        const before = loadedMembers.get(m.id);
        const record = { member: m };
        if (edited.created.has(m.id) || !before) {
            planned.push({
                kind: WriteKind.createMember,
                record,
                inert: false,
                write: {
                    op: "create",
                    table: SyncMember.logicalName,
                    id: m.id,
                    data: memberBody(m),
                    name: linkName(m),
                    effect: "create",
                },
            });
            continue;
        }
        const data = memberChanges(before, m);
        const inert = Object.keys(data).every((column) => column === SyncMember.order);
        const mEffect = updateEffect(before, m);
        if (Object.keys(data).length > 0)
            planned.push({
                kind: UPDATE_KIND[mEffect],
                record,
                inert,
                write: {
                    op: "update",
                    table: SyncMember.logicalName,
                    id: m.id,
                    data,
                    name: linkName(m),
                    effect: mEffect,
                },
            });
    }
    return planned;
}

export function planWrites(loaded: LoadedOrg, changes: readonly EditChange[], seed: string): Write[] {
    return orderWrites(loaded, plannedWrites(loaded, changes, seed));
}
