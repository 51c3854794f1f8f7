import { readEditorContext, ContextSource } from "../data/editorContext";
import { loadMemberships, loadUserMemberships } from "../data/loadMemberships";
import { loadSyncData } from "../data/loadSyncData";
import { propagationService } from "../data/propagation/propagationService";
import { fetchActions, type UnboundActions } from "../data/propagation/unboundActions";
import { resumeSave, saveEdits } from "../data/saveEdits";
import { searchUsers } from "../data/searchUsers";
import type { DataverseWebApi } from "../data/types";
import type { TeamSyncService } from "./TeamSyncService";

/** The service over the platform: the data layer's calls on the context's Web API. */
export function webApiService(
    context: ContextSource,
    webApi: DataverseWebApi,
    actions: UnboundActions = fetchActions((url, init) => fetch(url, init)),
): TeamSyncService {
    return {
        editorContext: () => readEditorContext(context),
        load: (signal) => loadSyncData(webApi, { signal }),
        loadMemberships: (teamIds, signal) => loadMemberships(webApi, teamIds, { signal }),
        loadUserMemberships: (userIds, signal) => loadUserMemberships(webApi, userIds, { signal }),
        searchUsers: (text, signal) => searchUsers(webApi, text, { signal }),
        save: (org, changes, seed, onProgress) => saveEdits(webApi, org, changes, { seed, onProgress }),
        resume: (writes, onProgress) => resumeSave(webApi, writes, { onProgress }),
        propagation: propagationService(context, webApi, actions),
    };
}
