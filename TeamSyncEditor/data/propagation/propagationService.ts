/**
 * Propagation's I/O as one seam: status and "Turn on propagation" over `context.webAPI`, the
 * reconcile over the unbound-action client. The control builds it from the PCF context; tests and
 * the playground give it the in-memory Dataverse and its Web API endpoint.
 */
import type { ContextSource } from "../editorContext";
import { ProcessingStep } from "../schema";
import type { DataverseWebApi } from "../types";
import { readPropagationStatus } from "./readPropagationStatus";
import { reconcilePage } from "./reconcilePage";
import type { ReconcilePageFn } from "./runReconcile";
import { turnOnPropagation } from "./turnOnPropagation";
import type { PropagationStatus, TurnOnReport } from "./types";
import type { UnboundActions } from "./unboundActions";

export interface PropagationService {
    propagationStatus(signal?: AbortSignal): Promise<PropagationStatus>;
    /** Whether this user may register plug-in steps (create on sdkmessageprocessingstep). */
    mayRegisterSteps(): Promise<boolean>;
    turnOnPropagation(onProgress: (done: number, total: number) => void): Promise<TurnOnReport>;
    reconcilePage: ReconcilePageFn;
}

// PropertyHelper.Types.PrivilegeType Create, PrivilegeDepth Basic.
const CREATE = 1;
const BASIC = 0;

export function propagationService(
    context: ContextSource,
    webApi: DataverseWebApi,
    actions: UnboundActions,
    now: () => Date = () => new Date(),
): PropagationService {
    return {
        propagationStatus: (signal) => readPropagationStatus(webApi, now(), signal),
        async mayRegisterSteps() {
            try {
                // hasEntityPrivilege answers from cached metadata; loading it first avoids a false "no".
                await context.utils.getEntityMetadata(ProcessingStep.logicalName);
            } catch {
                return false;
            }
            return context.utils.hasEntityPrivilege(ProcessingStep.logicalName, CREATE, BASIC);
        },
        turnOnPropagation: (onProgress) => turnOnPropagation(webApi, actions, { onProgress }),
        reconcilePage: (request, signal) => reconcilePage(actions, request, signal),
    };
}
