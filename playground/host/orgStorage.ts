import { seedMembership } from "../dataverse/seed";
import { seedPlatform } from "../dataverse/seedPlatform";
import { DataverseStore } from "../dataverse/store";
import { runPlugin } from "./plugin/runPlugin";
import { SampleOrgChoice } from "./sampleData/sampleOrgs";
import { seedStore } from "./sampleData/seedStore";

/** Fingerprint of the host's sources, set by bundleHost.mjs: a stored seed from other sources is stale. */
declare const PLAYGROUND_SOURCES: string;

const PREFIX = "teamsync.playground.v1.";
/** Beside an org stored as seeded: the sources that seeded it. Absent once the org was changed. */
const SEEDED_BY = "seededBy.";

export interface OpenedOrg {
    store: DataverseStore;
    adminUserId: string;
    /** Freshly seeded, not read from storage: the host stores it once the page is idle. */
    seeded: boolean;
}

/**
 * The org's store as last saved in this browser, or freshly seeded from the sample. Reading the
 * stored org back (a JSON.parse) is several times faster than generating and seeding the large
 * org; a seed stored by other sources is seeded again, a changed org is kept.
 */
export function openOrg(choice: SampleOrgChoice): OpenedOrg {
    const saved = localStorage.getItem(PREFIX + choice.key);
    const seededBy = localStorage.getItem(PREFIX + SEEDED_BY + choice.key);
    if (saved !== null && (seededBy === null || seededBy === PLAYGROUND_SOURCES)) {
        try {
            return { store: DataverseStore.parse(saved), adminUserId: choice.adminUserId, seeded: false };
        } catch {
            forgetOrg(choice);
        }
    }
    const store = new DataverseStore();
    seedStore(choice.make(), store);
    if (choice.reconcileOnSeed) runPlugin(store, { kind: "reconcileAll" }, choice.adminUserId, "seed");
    // As after the import into a development environment (the membership steps on, the nightly flow off), then, but for
    // the org that shows propagation off, with the AddMembers/RemoveMembers steps registered by Turn on propagation.
    seedPlatform(store, {
        unmanaged: true,
        stepsEnabled: true,
        nightlyReconcileOn: false,
        propagationTurnedOn: choice.propagationOn,
    });
    for (const { userId, teamId } of choice.unpropagated) seedMembership(store, teamId, userId);
    return { store, adminUserId: choice.adminUserId, seeded: true };
}

/**
 * Saves the store, as just seeded or as changed; false when the browser's storage cannot hold it
 * (the org then lives until reload).
 */
export function saveOrg(choice: SampleOrgChoice, store: DataverseStore, as: "seeded" | "changed"): boolean {
    try {
        localStorage.setItem(PREFIX + choice.key, store.serialize());
        if (as === "seeded") localStorage.setItem(PREFIX + SEEDED_BY + choice.key, PLAYGROUND_SOURCES);
        else localStorage.removeItem(PREFIX + SEEDED_BY + choice.key);
        return true;
    } catch {
        return false;
    }
}

export function forgetOrg(choice: SampleOrgChoice): void {
    localStorage.removeItem(PREFIX + choice.key);
    localStorage.removeItem(PREFIX + SEEDED_BY + choice.key);
}

/** Host preferences (chosen org and team) survive a reload too. */
export function loadPreference(name: string): string | null {
    return localStorage.getItem(PREFIX + "pref." + name);
}

export function savePreference(name: string, value: string): void {
    localStorage.setItem(PREFIX + "pref." + name, value);
}
