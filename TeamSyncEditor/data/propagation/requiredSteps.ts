/**
 * The plug-in steps propagation needs (the plugin's PropagationSteps.Required, in the same order):
 * which plug-in type on which message, in which mode, the table the step is filtered on (null: any
 * table) and the columns an Update step waits for. Every membership message needs two steps: the
 * synchronous one logs a manual change as it happens, the asynchronous one propagates it.
 */
import { POST_OPERATION, StepMode, SyncLog, SystemUser, Team } from "../schema";

export type StepModeValue = (typeof StepMode)[keyof typeof StepMode];

export interface RequiredStep {
    pluginType: string;
    message: string;
    primaryTable: string | null;
    mode: StepModeValue;
    stage: number;
    /** The columns whose update fires the step (comma-separated); null: any. */
    filteringAttributes: string | null;
}

export const MEMBERSHIP_PLUGIN = "TeamSync.Plugins.MembershipPropagationPlugin";
export const ROLES_PLUGIN = "TeamSync.Plugins.RoleChangeReconcilePlugin";

function step(
    pluginType: string,
    message: string,
    mode: StepModeValue,
    primaryTable: string | null = null,
    filteringAttributes: string | null = null,
): RequiredStep {
    return { pluginType, message, primaryTable, mode, stage: POST_OPERATION, filteringAttributes };
}

/** A message's logging and propagating steps. */
const bothModes = (message: string, primaryTable: string | null = null) => [
    step(MEMBERSHIP_PLUGIN, message, StepMode.synchronous, primaryTable),
    step(MEMBERSHIP_PLUGIN, message, StepMode.asynchronous, primaryTable),
];

export const REQUIRED_STEPS: readonly RequiredStep[] = [
    ...bothModes("Associate"),
    ...bothModes("Disassociate"),
    ...bothModes("AddMembers", Team.logicalName),
    ...bothModes("RemoveMembers", Team.logicalName),
    // The continuation of a propagation stopped at its time budget.
    step(MEMBERSHIP_PLUGIN, "Update", StepMode.asynchronous, SyncLog.logicalName, SyncLog.correlationId),
    step(ROLES_PLUGIN, "Associate", StepMode.asynchronous),
    step(ROLES_PLUGIN, "Disassociate", StepMode.asynchronous),
    // A move to another business unit takes the user's roles away without any Disassociate.
    step(ROLES_PLUGIN, "Update", StepMode.asynchronous, SystemUser.logicalName, SystemUser.businessUnit),
];

/**
 * The name the platform gives such a step ("… of any Entity" when it has no table); a synchronous
 * step, registered beside an asynchronous one on the same message, says so (as in Solution/).
 */
export function stepName(step: RequiredStep): string {
    const mode = step.mode === StepMode.synchronous ? " (synchronous)" : "";
    return `${step.pluginType}: ${step.message} of ${step.primaryTable ?? "any Entity"}${mode}`;
}
