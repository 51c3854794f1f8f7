import { LogCauseValue, Role, StateCode, SyncDirection, SyncGroup, SyncLog, SyncMember, SystemUserRoles, Team, TeamMembership } from "../../../TeamSyncEditor/data/schema";
import type { ConfigRecord, Provenance, RoleId, SyncModel, TeamId, UserId } from "../../../TeamSyncEditor/engine/types";
import type { DataverseStore, Row } from "../../dataverse/store";
import type { PluginSnapshot } from "./planPluginRun";

const text = (row: Row, column: string): string | null => (typeof row[column] === "string" ? (row[column] as string) : null);

/**
 * What the plugin reads from Dataverse before acting, as the engine's model: the configuration,
 * every membership with its provenance (the latest log row of that user and team; none is manual,
 * docs/semantics.md §3), and each user's directly assigned roles as root role ids.
 */
export function readSnapshot(store: DataverseStore): PluginSnapshot {
    const { model, rootOf } = readConfiguration(store);
    const latestCause = new Map<string, { cause: Provenance; at: string; version: number }>();
    for (const row of store.rows(SyncLog.logicalName)) {
        const key = `${text(row, SyncLog.userValue)}|${text(row, SyncLog.teamValue)}`;
        const at = text(row, SyncLog.createdOn) ?? "";
        const version = Number(row.versionnumber ?? 0);
        const seen = latestCause.get(key);
        if (seen === undefined || at > seen.at || (at === seen.at && version > seen.version)) {
            latestCause.set(key, { cause: row[SyncLog.cause] === LogCauseValue.sync ? "sync" : "manual", at, version });
        }
    }
    const memberships = new Map<UserId, Map<TeamId, Provenance>>();
    for (const row of store.rows(TeamMembership.logicalName)) {
        const user = String(row[TeamMembership.userId]);
        const team = String(row[TeamMembership.teamId]);
        const teamsOfUser = memberships.get(user) ?? new Map<TeamId, Provenance>();
        teamsOfUser.set(team, latestCause.get(`${user}|${team}`)?.cause ?? "manual");
        memberships.set(user, teamsOfUser);
    }
    const userRoles = new Map<UserId, Set<RoleId>>();
    for (const row of store.rows(SystemUserRoles.logicalName)) {
        const user = String(row[SystemUserRoles.userId]);
        const held = userRoles.get(user) ?? new Set<RoleId>();
        held.add(rootOf.get(String(row[SystemUserRoles.roleId])) ?? String(row[SystemUserRoles.roleId]));
        userRoles.set(user, held);
    }
    return { model, memberships, userRoles };
}

/** The configuration as the engine's model, and each role's root role (docs/semantics.md §1). */
export function readModel(store: DataverseStore): SyncModel {
    return readConfiguration(store).model;
}

function readConfiguration(store: DataverseStore): { model: SyncModel; rootOf: ReadonlyMap<string, string> } {
    const teams = store.rows(Team.logicalName).map((row) => ({
        id: String(row[Team.id]),
        type: Number(row[Team.teamType] ?? 0),
        isDefault: row[Team.isDefault] === true,
    }));
    const rootOf = new Map<string, string>();
    for (const row of store.rows(Role.logicalName)) rootOf.set(String(row[Role.id]), text(row, Role.parentRootRoleValue) ?? String(row[Role.id]));
    const roles = [...rootOf.entries()].filter(([id, root]) => id === root).map(([id]) => id);
    // docs/semantics.md §1: a condition naming a business unit's copy of a role names its root, as the plugin reads it.
    const rootOfRole = (role: string | null) => (role === null ? null : (rootOf.get(role) ?? role));
    const configs = new Map<string, ConfigRecord>();
    for (const row of store.rows(SyncGroup.logicalName)) {
        const id = String(row[SyncGroup.id]);
        configs.set(id, {
            id,
            parent: text(row, SyncGroup.parentTeamValue) ?? "",
            direction: row[SyncGroup.direction] === SyncDirection.bidirectional ? "bidirectional" : "one-way",
            active: row[SyncGroup.stateCode] === StateCode.active,
            members: [],
        });
    }
    for (const row of store.rows(SyncMember.logicalName)) {
        const order = row[SyncMember.order];
        configs.get(text(row, SyncMember.groupValue) ?? "")?.members.push({
            id: String(row[SyncMember.id]),
            child: text(row, SyncMember.childTeamValue) ?? "",
            order: typeof order === "number" ? order : null,
            active: row[SyncMember.stateCode] === StateCode.active,
            role: rootOfRole(text(row, SyncMember.requiredRoleValue)),
        });
    }
    return { model: { teams, configs: [...configs.values()], roles }, rootOf };
}
