import type { RequiredStep } from "../../../TeamSyncEditor/data/propagation/requiredSteps";
import { LogCauseValue, LogOperationValue, LogOutcomeValue, Role, SyncLog, SystemUser, SystemUserRoles, Team, TeamMembership, bindKey, bindValue } from "../../../TeamSyncEditor/data/schema";
import type { Operation, PlanWarning } from "../../../TeamSyncEditor/engine/types";
import type { DataverseStore } from "../../dataverse/store";
import { messageOf } from "./platformMessage";
import { PluginEvent, planPluginRun } from "./planPluginRun";
import { readSnapshot } from "./readSnapshot";
import { registeredSteps, requiredStepOf } from "./registeredSteps";
import { PluginMessage, StepReaction, stepsFor } from "./simulatedSteps";

/** A user joined or left a team. */
export interface MembershipChange {
    kind: "join" | "leave";
    user: string;
    team: string;
}

/** What the admin does by hand in the playground's user panel. */
export type ManualChange =
    | MembershipChange
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

/** What the steps a message starts do, counting only those the org has registered and on, as Dataverse runs only those. */
function reactionsOfRegistered(store: DataverseStore, message: PluginMessage): { reactions: Set<StepReaction>; stepsOff: RequiredStep[] } {
    const isOn = registeredSteps(store);
    const reactions = new Set<StepReaction>();
    const stepsOff: RequiredStep[] = [];
    for (const step of stepsFor(message)) {
        const required = requiredStepOf(step);
        if (required !== undefined && !isOn(required)) stepsOff.push(required);
        else reactions.add(step.reaction);
    }
    return { reactions, stepsOff };
}

/** What a manual change's request did before it returned; what its asynchronous steps do comes later, to `onRun`. */
export interface ManualChangeResult {
    correlationId: string;
    /** The synchronous step logged the change as manual. */
    logged: boolean;
    /** An asynchronous step was queued: it runs after the request, as the org's jobs run. */
    queued: boolean;
    /** The steps the change fires that the org lacks or has turned off: they did nothing. */
    stepsOff: RequiredStep[];
}

/**
 * The simulated plugin: applies the admin's change, then does what the steps that change triggers do
 * (simulatedSteps): the synchronous step logs it as manual before the request returns; the asynchronous
 * ones are queued on the org's jobs and, when a job runs, carry out the engine's plan for what stands
 * then, each operation logged with its cause and path (team names, as the real plugin writes them),
 * and report to `onRun`. A step the org lacks or has turned off does nothing, as in Dataverse. Its own
 * changes do not trigger it again (docs/semantics.md §5: they are not propagated twice), so a
 * membership change is dispatched here rather than from the store.
 */
export function applyManualChange(
    store: DataverseStore,
    change: ManualChange,
    initiatingUserId: string,
    correlationId: string,
    onRun: (result: PluginRunResult) => void = () => undefined,
): ManualChangeResult {
    const react = (kind: "create" | "delete", table: string, user: string, event: PluginEvent, manual?: MembershipChange): ManualChangeResult => {
        const { reactions, stepsOff } = reactionsOfRegistered(store, messageOf({ kind, table, id: user }));
        const logged = manual !== undefined && reactions.has("logManualChange");
        if (logged) runPlugin(store, null, initiatingUserId, correlationId, manual);
        const queued = reactions.has("propagate") || reactions.has("reconcileRoles");
        if (queued) store.jobs.enqueue(() => onRun({ ...runPlugin(store, event, initiatingUserId, correlationId), stepsOff }));
        return { correlationId, logged, queued, stepsOff };
    };
    switch (change.kind) {
        case "join":
        case "leave": {
            if (change.kind === "join") store.associate(TeamMembership.logicalName, change.team, change.user);
            else store.disassociate(TeamMembership.logicalName, change.team, change.user);
            return react(change.kind === "join" ? "create" : "delete", TeamMembership.logicalName, change.user, change, change);
        }
        case "giveRole":
            store.associate(SystemUserRoles.logicalName, change.user, change.role);
            return react("create", SystemUserRoles.logicalName, change.user, { kind: "rolesChanged", user: change.user });
        case "takeRole": {
            const rootOf = new Map(store.rows(Role.logicalName).map((row) => [String(row[Role.id]), String(row[Role.parentRootRoleValue] ?? row[Role.id])]));
            for (const row of store.rows(SystemUserRoles.logicalName)) {
                const roleId = String(row[SystemUserRoles.roleId]);
                if (row[SystemUserRoles.userId] === change.user && rootOf.get(roleId) === change.role) {
                    store.disassociate(SystemUserRoles.logicalName, change.user, roleId);
                }
            }
            return react("delete", SystemUserRoles.logicalName, change.user, { kind: "rolesChanged", user: change.user });
        }
    }
}

/**
 * Plans and applies the plugin's reaction to an event that already happened (none: nothing to plan),
 * after logging `manual`, the admin's own membership change, when given.
 */
export function runPlugin(store: DataverseStore, event: PluginEvent | null, initiatingUserId: string, correlationId: string, manual?: MembershipChange): PluginRunResult {
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
    // The synchronous step logs the manual change as it happens; the asynchronous one plans later, from what stands then.
    if (manual) log({ user: manual.user, team: manual.team, operation: manual.kind, cause: "manual", path: [manual.team] });
    const plan = event === null ? { operations: [], warnings: [] } : planPluginRun(readSnapshot(store), event);
    for (const operation of plan.operations) {
        if (operation.op === "add") store.associate(TeamMembership.logicalName, operation.team, operation.user);
        else store.disassociate(TeamMembership.logicalName, operation.team, operation.user);
        log({ user: operation.user, team: operation.team, operation: operation.op === "add" ? "join" : "leave", cause: "sync", path: operation.via });
    }
    return { correlationId, operations: plan.operations, warnings: plan.warnings, stepsOff: [] };
}
