/** The model the editor validates and previews: the loaded model with the session's edits (pure). */
import type { SyncModel } from "../engine/types";
import { toSyncModel } from "./mapOrg";
import { resolveEdits } from "./resolveEdits";
import { EditChange, LoadedOrg } from "./types";

export function applyEdits(loaded: LoadedOrg, changes: readonly EditChange[], seed: string): SyncModel {
    if (changes.length === 0) return loaded.model;
    const edited = resolveEdits(loaded, changes, seed);
    return toSyncModel(loaded.teams, loaded.roles, edited.configurations, edited.members);
}
