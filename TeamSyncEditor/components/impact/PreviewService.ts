import type { LoadedMemberships } from "../../data/types";
import type { UserSearch } from "../../data/searchUsers";
import type { UserId } from "../../engine/types";
import type { ImpactService } from "./ImpactService";

/** The Preview tab's I/O: besides the impact's, finding any user of the organisation and loading theirs. */
export interface PreviewService extends ImpactService {
    searchUsers(text: string, signal?: AbortSignal): Promise<UserSearch>;
    /** Every membership (with provenance), direct role and name of these users. */
    loadUserMemberships(userIds: readonly UserId[], signal?: AbortSignal): Promise<LoadedMemberships>;
}
