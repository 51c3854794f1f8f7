/**
 * The plugin's steps as the playground simulates them: for each step the solution ships or the
 * plugin requires (Solution/SdkMessageProcessingSteps, PropagationSteps.Required, the custom API),
 * which message on which table starts it and what the plugin then does. The playground decides what
 * a change triggers from this table alone, and a test holds the table to Solution/ and the plugin.
 */
import { ReconcileApi, SyncGroup, SyncLog, SyncMember, SystemUser, Team } from "../../../TeamSyncEditor/data/schema";

/** What a step does, each done by the playground as the plugin does it. */
export type StepReaction =
    /** Synchronous: logs a membership change as manual when it happens (docs/semantics.md §3). */
    | "logManualChange"
    /** Propagates a join or leave along the links (docs/semantics.md §4, §5). */
    | "propagate"
    /** Finishes a propagation or reconcile that an earlier run left to a follow-up (its log row's update). */
    | "continuePropagation"
    /** Reconciles a user whose security roles changed, while some active link has a condition (docs/semantics.md §6). */
    | "reconcileRoles"
    /** Synchronous: refuses a configuration write that brings in a validation error (docs/semantics.md §7). */
    | "validateConfiguration"
    /** Gives existing members what a configuration write changes (docs/semantics.md §6, edit preview). */
    | "reconcileConfiguration"
    /** The custom API: reconciles the users of one page. */
    | "reconcileUsers"
    /** Synchronous, before the write: takes the form's unsaved-edits column out of a team's update, so no team stores it. */
    | "dropUnsavedEdits";

export type StepMode = "synchronous" | "asynchronous";

export interface SimulatedStep {
    pluginType: string;
    message: string;
    /** The step's table; null: any table (the plug-in checks the relationship itself). */
    table: string | null;
    /** Of a step on any table's Associate or Disassociate: the relationship the plug-in acts on. */
    relationship: string | null;
    /** An Update step runs only when one of these columns is written; null: any write. */
    filteringAttributes: readonly string[] | null;
    mode: StepMode;
    reaction: StepReaction;
}

/** A message the platform runs steps for: the table of its record, the relationship of an (dis)association, the columns an Update writes. */
export interface PluginMessage {
    name: string;
    table: string;
    relationship?: string;
    columns?: readonly string[];
}

const MEMBERSHIP = "TeamSync.Plugins.MembershipPropagationPlugin";
const ROLES = "TeamSync.Plugins.RoleChangeReconcilePlugin";
const VALIDATION = "TeamSync.Plugins.ConfigurationValidationPlugin";
const CONFIGURATION = "TeamSync.Plugins.ConfigurationReconcilePlugin";
const RECONCILE_API = "TeamSync.Plugins.ReconcileApiPlugin";
const UNSAVED_EDITS = "TeamSync.Plugins.UnsavedEditsColumnPlugin";

const GROUP_COLUMNS = [SyncGroup.parentTeam, SyncGroup.direction, SyncGroup.stateCode];
const MEMBER_COLUMNS = [SyncMember.group, SyncMember.childTeam, SyncMember.order, SyncMember.requiredRole, SyncMember.stateCode];

function step(pluginType: string, message: string, table: string | null, mode: StepMode, reaction: StepReaction, options: { relationship?: string; columns?: readonly string[] } = {}): SimulatedStep {
    return { pluginType, message, table, relationship: options.relationship ?? null, filteringAttributes: options.columns ?? null, mode, reaction };
}

function membershipSteps(message: string, table: string | null): SimulatedStep[] {
    const relationship = table === null ? { relationship: Team.membersNav } : {};
    return [step(MEMBERSHIP, message, table, "synchronous", "logManualChange", relationship), step(MEMBERSHIP, message, table, "asynchronous", "propagate", relationship)];
}

function configurationSteps(table: string, columns: readonly string[]): SimulatedStep[] {
    const steps: SimulatedStep[] = [];
    for (const message of ["Create", "Update", "SetState", "SetStateDynamicEntity", "Delete"]) {
        const filter = message === "Update" ? { columns } : {};
        steps.push(step(VALIDATION, message, table, "synchronous", "validateConfiguration", filter));
        // A deleted record cannot have linked anyone: deleting a link is refused, deactivating it is how it ends.
        if (message !== "Delete") steps.push(step(CONFIGURATION, message, table, "asynchronous", "reconcileConfiguration", filter));
    }
    return steps;
}

export const SIMULATED_STEPS: readonly SimulatedStep[] = [
    ...membershipSteps("Associate", null),
    ...membershipSteps("Disassociate", null),
    ...membershipSteps("AddMembers", Team.logicalName),
    ...membershipSteps("RemoveMembers", Team.logicalName),
    step(MEMBERSHIP, "Update", SyncLog.logicalName, "asynchronous", "continuePropagation", { columns: [SyncLog.correlationId] }),
    step(ROLES, "Associate", null, "asynchronous", "reconcileRoles", { relationship: SystemUser.rolesNav }),
    step(ROLES, "Disassociate", null, "asynchronous", "reconcileRoles", { relationship: SystemUser.rolesNav }),
    // Moving a user to another business unit takes their roles away with no Disassociate.
    step(ROLES, "Update", SystemUser.logicalName, "asynchronous", "reconcileRoles", { columns: [SystemUser.businessUnit] }),
    ...configurationSteps(SyncGroup.logicalName, GROUP_COLUMNS),
    ...configurationSteps(SyncMember.logicalName, MEMBER_COLUMNS),
    step(RECONCILE_API, ReconcileApi.name, null, "synchronous", "reconcileUsers"),
    step(UNSAVED_EDITS, "Update", Team.logicalName, "synchronous", "dropUnsavedEdits", { columns: [Team.unsavedEdits] }),
];

/** The steps a message starts, in table order. */
export function stepsFor(message: PluginMessage, steps: readonly SimulatedStep[] = SIMULATED_STEPS): SimulatedStep[] {
    return steps.filter(
        (s) =>
            s.message === message.name &&
            (s.table === null || s.table === message.table) &&
            (s.relationship === null || s.relationship === message.relationship) &&
            (s.filteringAttributes === null || (message.columns ?? []).some((column) => s.filteringAttributes?.includes(column))),
    );
}

/** What a message makes the plugin do. */
export function reactionsTo(message: PluginMessage): Set<StepReaction> {
    return new Set(stepsFor(message).map((s) => s.reaction));
}
