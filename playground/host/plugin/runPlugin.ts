import { LogCauseValue, LogOperationValue, LogOutcomeValue, Role, SyncLog, SystemUser, SystemUserRoles, Team, TeamMembership, bindKey, bindValue } from "../../../TeamSyncEditor/data/schema";
import type { Operation, PlanWarning } from "../../../TeamSyncEditor/engine/types";
import type { DataverseStore } from "../../dataverse/store";
import { PluginEvent, planPluginRun } from "./planPluginRun";
import { readSnapshot } from "./readSnapshot";

/** What the admin does by hand in the playground's user panel. */
export type ManualChange =
    | { kind: "join" | "leave"; user: string; team: string }
    /** `role` is the root role id; taking it removes every business unit copy the user holds. */
    | { kind: "giveRole" | "takeRole"; user: string; role: string };

export interface PluginRunResult {
    correlationId: string;
    operations: Operation[];
    warnings: PlanWarning[];
}

interface LogEntry {
    user: string;
    team: string;
    operation: "join" | "leave";
    cause: "manual" | "sync";
    path: string[];
}

/**
 * The simulated plugin: applies the admin's change and logs it, then carries out the engine's plan
 * for it, each operation logged with its cause and path (team names, as the real plugin writes
 * them). Its own changes do not trigger it again (docs/semantics.md §5: they are not propagated twice).
 */
export function applyManualChange(store: DataverseStore, change: ManualChange, initiatingUserId: string, correlationId: string): PluginRunResult {
    switch (change.kind) {
        case "join":
            store.associate(TeamMembership.logicalName, change.team, change.user);
            return runPlugin(store, change, initiatingUserId, correlationId);
        case "leave":
            store.disassociate(TeamMembership.logicalName, change.team, change.user);
            return runPlugin(store, change, initiatingUserId, correlationId);
        case "giveRole":
            store.associate(SystemUserRoles.logicalName, change.user, change.role);
            return runPlugin(store, { kind: "rolesChanged", user: change.user }, initiatingUserId, correlationId);
        case "takeRole": {
            const rootOf = new Map(store.rows(Role.logicalName).map((row) => [String(row[Role.id]), String(row[Role.parentRootRoleValue] ?? row[Role.id])]));
            for (const row of store.rows(SystemUserRoles.logicalName)) {
                const roleId = String(row[SystemUserRoles.roleId]);
                if (row[SystemUserRoles.userId] === change.user && rootOf.get(roleId) === change.role) {
                    store.disassociate(SystemUserRoles.logicalName, change.user, roleId);
                }
            }
            return runPlugin(store, { kind: "rolesChanged", user: change.user }, initiatingUserId, correlationId);
        }
    }
}

/** Plans and applies the plugin's reaction to an event that already happened. */
export function runPlugin(store: DataverseStore, event: PluginEvent, initiatingUserId: string, correlationId: string): PluginRunResult {
    // The manual row is written after planning, so that the snapshot's provenance is what stood before.
    const plan = planPluginRun(readSnapshot(store), event);
    const names = new Map(store.rows(Team.logicalName).map((row) => [String(row[Team.id]), String(row[Team.name])]));
    const userNames = new Map(store.rows(SystemUser.logicalName).map((row) => [String(row[SystemUser.id]), String(row[SystemUser.fullName])]));
    const log = (entry: LogEntry) => {
        const joined = entry.operation === "join";
        store.create(SyncLog.logicalName, {
            [SyncLog.name]: `${userNames.get(entry.user) ?? entry.user} ${joined ? "joined" : "left"} ${names.get(entry.team) ?? entry.team}`,
            [bindKey(SyncLog.user)]: bindValue(SystemUser.entitySet, entry.user),
            [bindKey(SyncLog.team)]: bindValue(Team.entitySet, entry.team),
            [SyncLog.operation]: joined ? LogOperationValue.join : LogOperationValue.leave,
            [SyncLog.cause]: entry.cause === "sync" ? LogCauseValue.sync : LogCauseValue.manual,
            [bindKey(SyncLog.sourceTeam)]: bindValue(Team.entitySet, entry.path[0]),
            [SyncLog.path]: entry.path.map((team) => names.get(team) ?? team).join(" → "),
            [SyncLog.correlationId]: correlationId,
            [bindKey(SyncLog.initiatingUser)]: bindValue(SystemUser.entitySet, initiatingUserId),
            [SyncLog.outcome]: LogOutcomeValue.done,
            [SyncLog.errorText]: null,
        });
    };
    if (event.kind === "join" || event.kind === "leave") {
        log({ user: event.user, team: event.team, operation: event.kind, cause: "manual", path: [event.team] });
    }
    for (const operation of plan.operations) {
        if (operation.op === "add") store.associate(TeamMembership.logicalName, operation.team, operation.user);
        else store.disassociate(TeamMembership.logicalName, operation.team, operation.user);
        log({ user: operation.user, team: operation.team, operation: operation.op === "add" ? "join" : "leave", cause: "sync", path: operation.via });
    }
    return { correlationId, operations: plan.operations, warnings: plan.warnings };
}
