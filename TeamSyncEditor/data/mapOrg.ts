/**
 * Pure mapping from Web API rows to the data layer's records and the engine's model. Ids are
 * lower-cased so that the engine's ordinal comparisons see one spelling of each GUID.
 */
import type { ConfigRecord, SyncModel } from "../engine/types";
import { BusinessUnit, Role, StateCode, SyncDirection, SyncGroup, SyncMember, Team } from "./schema";
import { ConfigurationRow, MemberRow, RecordVersion, RoleInfo, TeamInfo } from "./types";

type Entity = ComponentFramework.WebApi.Entity;

function id(value: unknown): string {
    return typeof value === "string" ? value.toLowerCase() : "";
}

function text(value: unknown): string {
    return typeof value === "string" ? value : "";
}

function version(row: Entity): RecordVersion {
    const v = row[SyncGroup.versionNumber];
    const m = row[SyncGroup.modifiedOn];
    return {
        versionNumber: v === null || v === undefined ? null : String(v),
        modifiedOn: typeof m === "string" ? m : null,
    };
}

export function mapTeam(row: Entity): TeamInfo {
    const bu = row[Team.businessUnit] as Entity | null | undefined;
    return {
        id: id(row[Team.id]),
        name: text(row[Team.name]),
        type: Number(row[Team.teamType] ?? 0),
        isDefault: row[Team.isDefault] === true,
        businessUnitName: bu ? text(bu[BusinessUnit.name]) : null,
    };
}

/** Roles are copied into every business unit; only the root copy names the role. */
export function mapRootRoles(rows: Entity[]): RoleInfo[] {
    return rows
        .filter((row) => id(row[Role.id]) === id(row[Role.parentRootRoleValue]))
        .map((row) => ({ id: id(row[Role.id]), name: text(row[Role.name]) }));
}

/** Every role's root role: a condition naming a business unit's copy of a role names its root (docs/semantics.md §1). */
export function mapRoleRoots(rows: Entity[]): Map<string, string> {
    return new Map(rows.map((row) => [id(row[Role.id]), id(row[Role.parentRootRoleValue]) || id(row[Role.id])]));
}

export function mapConfiguration(row: Entity): ConfigurationRow {
    return {
        id: id(row[SyncGroup.id]),
        name: text(row[SyncGroup.name]),
        parentTeamId: id(row[SyncGroup.parentTeamValue]),
        direction: row[SyncGroup.direction] === SyncDirection.bidirectional ? "bidirectional" : "one-way",
        active: row[SyncGroup.stateCode] === StateCode.active,
        version: version(row),
    };
}

export function mapMember(row: Entity, roleRoots: ReadonlyMap<string, string>): MemberRow {
    const order = row[SyncMember.order];
    const role = row[SyncMember.requiredRoleValue];
    return {
        id: id(row[SyncMember.id]),
        name: text(row[SyncMember.name]),
        configurationId: id(row[SyncMember.groupValue]),
        childTeamId: id(row[SyncMember.childTeamValue]),
        order: typeof order === "number" ? order : null,
        requiredRoleId: typeof role === "string" ? (roleRoots.get(id(role)) ?? id(role)) : null,
        active: row[SyncMember.stateCode] === StateCode.active,
        version: version(row),
    };
}

/**
 * The engine's model of the records: the one place records become a `SyncModel`. Members whose
 * configuration is not among `configurations` have nowhere to hang and are left out.
 */
export function toSyncModel(
    teams: readonly TeamInfo[],
    roles: readonly RoleInfo[],
    configurations: readonly ConfigurationRow[],
    members: readonly MemberRow[],
): SyncModel {
    const configs = new Map<string, ConfigRecord>();
    for (const c of configurations) {
        configs.set(c.id, { id: c.id, parent: c.parentTeamId, direction: c.direction, active: c.active, members: [] });
    }
    for (const m of members) {
        configs.get(m.configurationId)?.members.push({
            id: m.id,
            child: m.childTeamId,
            order: m.order,
            active: m.active,
            role: m.requiredRoleId,
        });
    }
    return {
        teams: teams.map((t) => ({ id: t.id, type: t.type, isDefault: t.isDefault })),
        configs: [...configs.values()],
        roles: roles.map((r) => r.id),
    };
}
