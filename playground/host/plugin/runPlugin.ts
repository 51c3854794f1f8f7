import { MEMBERSHIP_PLUGIN, ROLES_PLUGIN, type RequiredStep } from "../../../TeamSyncEditor/data/propagation/requiredSteps";
import { LogCauseValue, LogOperationValue, LogOutcomeValue, Role, StepMode, SyncLog, SystemUser, SystemUserRoles, Team, TeamMembership, bindKey, bindValue } from "../../../TeamSyncEditor/data/schema";
import type { Operation, PlanWarning } from "../../../TeamSyncEditor/engine/types";
import type { DataverseStore } from "../../dataverse/store";
import { PluginEvent, planPluginRun } from "./planPluginRun";
import { readSnapshot } from "./readSnapshot";
import { registeredSteps, requiredStep } from "./registeredSteps";

/** What the admin does by hand in the playground's user panel. */
export type ManualChange =
    | { kind: "join" | "leave"; user: string; team: string }
    /** `role` is the root role id; taking it removes every business unit copy the user holds. */
    | { kind: "giveRole" | "takeRole"; user: string; role: string };

export interface PluginRunResult {
    correlationId: string;
    operations: Operation[];
    warnings: PlanWarning[];
    /** The steps the change fires that the org lacks or has turned off: they did nothing. */
    stepsOff: RequiredStep[];
}

interface LogEntry {
    user: string;
    team: string;
    operation: "join" | "leave";
    cause: "manual" | "sync";
    path: string[];
}

/** Writes log rows as the real plugin does: names of users and teams, the path as team names. */
function logBook(store: DataverseStore, initiatingUserId: string, correlationId: string): (entry: LogEntry) => void {
    const names = new Map(store.rows(Team.logicalName).map((row) => [String(row[Team.id]), String(row[Team.name])]));
    const userNames = new Map(store.rows(SystemUser.logicalName).map((row) => [String(row[SystemUser.id]), String(row[SystemUser.fullName])]));
    return (entry) => {
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
}

function makeChange(store: DataverseStore, change: ManualChange): void {
    switch (change.kind) {
        case "join":
            store.associate(TeamMembership.logicalName, change.team, change.user);
            return;
        case "leave":
            store.disassociate(TeamMembership.logicalName, change.team, change.user);
            return;
        case "giveRole":
            store.associate(SystemUserRoles.logicalName, change.user, change.role);
            return;
        case "takeRole": {
            const rootOf = new Map(store.rows(Role.logicalName).map((row) => [String(row[Role.id]), String(row[Role.parentRootRoleValue] ?? row[Role.id])]));
            for (const row of store.rows(SystemUserRoles.logicalName)) {
                const roleId = String(row[SystemUserRoles.roleId]);
                if (row[SystemUserRoles.userId] === change.user && rootOf.get(roleId) === change.role) {
                    store.disassociate(SystemUserRoles.logicalName, change.user, roleId);
                }
            }
            return;
        }
    }
}

/**
 * The admin's change (an Associate or Disassociate, of a team membership or a role), then the steps
 * it fires, as the org has them registered: MembershipPropagationPlugin's synchronous step logs a
 * membership change as manual when it happens, its asynchronous step propagates it;
 * RoleChangeReconcilePlugin's asynchronous step reconciles a user whose roles changed. A step the
 * org lacks or has turned off does nothing, as in Dataverse.
 */
export function applyManualChange(store: DataverseStore, change: ManualChange, initiatingUserId: string, correlationId: string): PluginRunResult {
    makeChange(store, change);
    const message = change.kind === "join" || change.kind === "giveRole" ? "Associate" : "Disassociate";
    const isOn = registeredSteps(store);
    const stepsOff: RequiredStep[] = [];
    const fires = (step: RequiredStep) => {
        const on = isOn(step);
        if (!on) stepsOff.push(step);
        return on;
    };
    let event: PluginEvent;
    let propagates: RequiredStep;
    if (change.kind === "join" || change.kind === "leave") {
        if (fires(requiredStep(MEMBERSHIP_PLUGIN, message, StepMode.synchronous))) {
            logBook(store, initiatingUserId, correlationId)({ user: change.user, team: change.team, operation: change.kind, cause: "manual", path: [change.team] });
        }
        event = { kind: change.kind, user: change.user, team: change.team };
        propagates = requiredStep(MEMBERSHIP_PLUGIN, message, StepMode.asynchronous);
    } else {
        event = { kind: "rolesChanged", user: change.user };
        propagates = requiredStep(ROLES_PLUGIN, message, StepMode.asynchronous);
    }
    if (!fires(propagates)) return { correlationId, operations: [], warnings: [], stepsOff };
    return { ...runPlugin(store, event, initiatingUserId, correlationId), stepsOff };
}

/**
 * Plans and applies the plugin's reaction to an event that already happened (and was logged, if
 * manual), as the real plugin reads it then: each operation logged with its cause and path. Its own
 * changes do not trigger it again (spec §5: they are not propagated twice).
 */
export function runPlugin(store: DataverseStore, event: PluginEvent, initiatingUserId: string, correlationId: string): PluginRunResult {
    const plan = planPluginRun(readSnapshot(store), event);
    const log = logBook(store, initiatingUserId, correlationId);
    for (const operation of plan.operations) {
        if (operation.op === "add") store.associate(TeamMembership.logicalName, operation.team, operation.user);
        else store.disassociate(TeamMembership.logicalName, operation.team, operation.user);
        log({ user: operation.user, team: operation.team, operation: operation.op === "add" ? "join" : "leave", cause: "sync", path: operation.via });
    }
    return { correlationId, operations: plan.operations, warnings: plan.warnings, stepsOff: [] };
}
