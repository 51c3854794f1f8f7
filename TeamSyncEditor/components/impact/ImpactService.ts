import type { LoadedMemberships } from "../../data/types";
import type { TeamId } from "../../engine/types";

/** The impact views' I/O: the control wires it to the data layer's `loadMemberships`, tests to the in-memory Dataverse. */
export interface ImpactService {
    /** Every membership (with provenance), direct role, name and log row of the users in these teams. */
    loadMemberships(teamIds: readonly TeamId[], signal?: AbortSignal): Promise<LoadedMemberships>;
}
