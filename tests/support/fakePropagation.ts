import type { PropagationService } from "../../TeamSyncEditor/data/propagation/propagationService";
import { REQUIRED_STEPS } from "../../TeamSyncEditor/data/propagation/requiredSteps";
import type { PropagationStatus } from "../../TeamSyncEditor/data/propagation/types";

/** Propagation working and nothing to reconcile, for tests about other parts of the editor. */
export function workingPropagation(): PropagationService {
    const status: PropagationStatus = {
        steps: REQUIRED_STEPS.map((step) => ({ step, registered: true, enabled: true })),
        lastSyncChange: null,
        failedToday: 0,
        recentFailures: [],
        nightlyReconcile: "on",
    };
    return {
        propagationStatus: async () => status,
        mayRegisterSteps: async () => true,
        turnOnPropagation: async () => ({
            steps: REQUIRED_STEPS.map((step) => ({ step, outcome: "alreadyOn", addedToSolution: false, error: null })),
            stopped: null,
        }),
        reconcilePage: async () => ({ adds: 0, removes: 0, failed: 0, operations: [], nextPageToken: "" }),
    };
}
