/**
 * The plug-in steps propagation needs (the plugin's PropagationSteps.Required, in the same order):
 * which plug-in type on which message, and the table the step is filtered on (null: any table).
 */
import { Team } from "../schema";

export interface RequiredStep {
    pluginType: string;
    message: string;
    primaryTable: string | null;
}

const MEMBERSHIP = "TeamSync.Plugins.MembershipPropagationPlugin";
const ROLES = "TeamSync.Plugins.RoleChangeReconcilePlugin";

export const REQUIRED_STEPS: readonly RequiredStep[] = [
    { pluginType: MEMBERSHIP, message: "Associate", primaryTable: null },
    { pluginType: MEMBERSHIP, message: "Disassociate", primaryTable: null },
    { pluginType: MEMBERSHIP, message: "AddMembers", primaryTable: Team.logicalName },
    { pluginType: MEMBERSHIP, message: "RemoveMembers", primaryTable: Team.logicalName },
    { pluginType: ROLES, message: "Associate", primaryTable: null },
    { pluginType: ROLES, message: "Disassociate", primaryTable: null },
];

/** PostOperation, asynchronous: the change is saved first, and a slow propagation never blocks the user. */
export const STEP_STAGE = 40;
export const STEP_MODE = 1;

/** The name the platform gives such a step ("… of any Entity" when it has no table). */
export function stepName(step: RequiredStep): string {
    return `${step.pluginType}: ${step.message} of ${step.primaryTable ?? "any Entity"}`;
}

