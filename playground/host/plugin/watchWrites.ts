import { ContinuationText, LogOperationValue, SyncLog } from "../../../TeamSyncEditor/data/schema";
import type { SyncModel } from "../../../TeamSyncEditor/engine/types";
import type { DataverseStore, StoreChange } from "../../dataverse/store";
import type { PluginEvent } from "./planPluginRun";
import { messageOf } from "./platformMessage";
import { readModel } from "./readSnapshot";
import { PluginRunResult, runPlugin } from "./runPlugin";
import { reactionsTo } from "./simulatedSteps";

export interface WriteWatch {
    /** Runs the pending reactions now, if writes are waiting for them (tests and the host's unload). */
    flush(): PluginRunResult[];
    stop(): void;
}

export interface WatchOptions {
    initiatingUserId: string;
    newCorrelationId: () => string;
    /** Called after each run with what it did. */
    onRun: (result: PluginRunResult) => void;
    /** Defers the runs, as Dataverse queues an asynchronous step; on the org's jobs by default. */
    defer?: (run: () => void) => void;
}

/**
 * The plugin's asynchronous steps on writes to the playground's Dataverse (simulatedSteps), run
 * after the writes as Dataverse runs a queued step: ConfigurationReconcilePlugin gives members the
 * edit preview's operations (docs/semantics.md §6) through the same engine as the Save dialog's
 * preview, writes made before it runs (one save's records) taken together against the configuration
 * as it stood at its previous run; RoleChangeReconcilePlugin reconciles a user moved to another
 * business unit; a continuation row's update finishes the change it names.
 */
export function watchWrites(store: DataverseStore, options: WatchOptions): WriteWatch {
    const defer = options.defer ?? ((run: () => void) => store.jobs.enqueue(run));
    let before: SyncModel = readModel(store);
    let configurationChanged = false;
    let events: PluginEvent[] = [];
    let scheduled = false;
    let stopped = false;
    const run = (event: PluginEvent): PluginRunResult => {
        const result = runPlugin(store, event, options.initiatingUserId, options.newCorrelationId());
        options.onRun(result);
        return result;
    };
    const flush = (): PluginRunResult[] => {
        scheduled = false;
        if (stopped) return [];
        const results: PluginRunResult[] = [];
        if (configurationChanged) {
            configurationChanged = false;
            results.push(run({ kind: "configurationChanged", before }));
            before = readModel(store);
        }
        const queued = events;
        events = [];
        for (const event of queued) results.push(run(event));
        return results;
    };
    const queue = (change: StoreChange): boolean => {
        const message = messageOf(change);
        // (Dis)associations are dispatched where the admin makes them (applyManualChange): the simulated plugin's own
        // are not propagated again (docs/semantics.md §5), and the store cannot tell them apart.
        if (message.relationship !== undefined) return false;
        const reactions = reactionsTo(message);
        if (reactions.has("reconcileConfiguration")) {
            configurationChanged = true;
            return true;
        }
        if (reactions.has("reconcileRoles")) {
            events.push({ kind: "rolesChanged", user: change.id });
            return true;
        }
        if (reactions.has("continuePropagation")) {
            const event = continuationOf(store, change.id);
            if (event) events.push(event);
            return event !== null;
        }
        return false;
    };
    const unsubscribe = store.subscribe((change) => {
        if (!queue(change) || scheduled) return;
        scheduled = true;
        defer(() => flush());
    });
    return {
        flush,
        stop: () => {
            stopped = true;
            unsubscribe();
        },
    };
}

/** The change a continuation row hands on; none when the row is not one. */
function continuationOf(store: DataverseStore, logId: string): PluginEvent | null {
    const row = store.retrieve(SyncLog.logicalName, logId);
    if (!row) return null;
    const user = String(row[SyncLog.userValue]);
    const team = String(row[SyncLog.teamValue]);
    if (row[SyncLog.errorText] === ContinuationText.reconcile) return { kind: "reconcileUsers", users: [user] };
    if (row[SyncLog.errorText] !== ContinuationText.propagation) return null;
    return { kind: row[SyncLog.operation] === LogOperationValue.join ? "join" : "leave", user, team };
}
