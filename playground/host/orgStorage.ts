import { DataverseStore, StoreState } from "../dataverse/store";
import { runPlugin } from "./plugin/runPlugin";
import { SampleOrgChoice } from "./sampleData/sampleOrgs";
import { seedStore } from "./sampleData/seedStore";

const PREFIX = "teamsync.playground.v1.";

export interface OpenedOrg {
    store: DataverseStore;
    adminUserId: string;
}

/** The org's store as last saved in this browser (after a change), or freshly seeded from the sample. */
export function openOrg(choice: SampleOrgChoice): OpenedOrg {
    const sample = choice.make();
    const saved = localStorage.getItem(PREFIX + choice.key);
    if (saved !== null) {
        try {
            return { store: DataverseStore.fromJSON(JSON.parse(saved) as StoreState), adminUserId: sample.adminUserId };
        } catch {
            localStorage.removeItem(PREFIX + choice.key);
        }
    }
    const store = new DataverseStore();
    seedStore(sample, store);
    if (choice.reconcileOnSeed) runPlugin(store, { kind: "reconcileAll" }, sample.adminUserId, "seed");
    return { store, adminUserId: sample.adminUserId };
}

/** Saves the store; false when the browser's storage cannot hold it (the org then lives until reload). */
export function saveOrg(choice: SampleOrgChoice, store: DataverseStore): boolean {
    try {
        localStorage.setItem(PREFIX + choice.key, JSON.stringify(store.toJSON()));
        return true;
    } catch {
        return false;
    }
}

export function forgetOrg(choice: SampleOrgChoice): void {
    localStorage.removeItem(PREFIX + choice.key);
}

/** Host preferences (chosen org and team) survive a reload too. */
export function loadPreference(name: string): string | null {
    return localStorage.getItem(PREFIX + "pref." + name);
}

export function savePreference(name: string, value: string): void {
    localStorage.setItem(PREFIX + "pref." + name, value);
}
