import { SyncGroup, SyncMember } from "../../../TeamSyncEditor/data/schema";
import type { SyncModel } from "../../../TeamSyncEditor/engine/types";
import type { DataverseStore } from "../../dataverse/store";
import { readModel } from "./readSnapshot";
import { PluginRunResult, runPlugin } from "./runPlugin";

export interface ConfigurationWatch {
    /** Runs the pending reaction now, if a write is waiting for it (tests and the host's unload). */
    flush(): PluginRunResult | null;
    stop(): void;
}

export interface WatchOptions {
    initiatingUserId: string;
    newCorrelationId: () => string;
    /** Called after each run with what it did. */
    onRun: (result: PluginRunResult) => void;
    /** Defers the run, as Dataverse queues an asynchronous step; a macrotask by default. */
    defer?: (run: () => void) => void;
}

const CONFIGURATION_TABLES: ReadonlySet<string> = new Set([SyncGroup.logicalName, SyncMember.logicalName]);

/**
 * The simulated ConfigurationReconcilePlugin: after configuration records are written, members get
 * the edit preview's operations (spec §6) through the same engine as the Save dialog's preview.
 * Like an asynchronous step it runs after the writes; writes made before it runs (one save's
 * records) are taken together, against the configuration as it stood at its previous run.
 */
export function watchConfiguration(store: DataverseStore, options: WatchOptions): ConfigurationWatch {
    const defer = options.defer ?? ((run: () => void) => void setTimeout(run, 0));
    let before: SyncModel = readModel(store);
    let pending = false;
    let stopped = false;
    const flush = (): PluginRunResult | null => {
        if (!pending || stopped) return null;
        pending = false;
        const event = { kind: "configurationChanged" as const, before };
        const result = runPlugin(store, event, options.initiatingUserId, options.newCorrelationId());
        before = readModel(store);
        options.onRun(result);
        return result;
    };
    const unsubscribe = store.subscribe((change) => {
        if (!CONFIGURATION_TABLES.has(change.table) || pending) return;
        pending = true;
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
