/**
 * What an org holds once the TeamSync solution is imported, besides the sync tables: the platform's
 * messages and filters, the solution's plug-in types, the propagation steps it ships (Associate and
 * Disassociate in both modes, and the Update ones), the solution record and its nightly flow.
 * AddMembers and RemoveMembers get ids of this org's own: the control must find them by name, as it
 * must on a real org.
 */
import {
    NIGHTLY_RECONCILE_FLOW_ID,
    PluginType,
    ProcessingStep,
    SdkMessage,
    SdkMessageFilter,
    Solution,
    StepState,
    StepStatus,
    TEAMSYNC_SOLUTION,
    Workflow,
    WorkflowState,
    bindKey,
    bindValue,
} from "../../TeamSyncEditor/data/schema";
import { REQUIRED_STEPS, stepName, type RequiredStep } from "../../TeamSyncEditor/data/propagation/requiredSteps";
import { registeredStepId } from "../../TeamSyncEditor/data/propagation/turnOnPropagation";
import type { DataverseStore } from "./store";

/** Platform message ids, the same in every org (read from exported solutions). */
export const KNOWN_MESSAGE_IDS: Readonly<Record<string, string>> = {
    Create: "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8",
    Update: "20bebb1b-ea3e-db11-86a7-000a3a5473e8",
    Delete: "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8",
    Associate: "16e7c888-3b24-448b-b7da-ebfe9b681762",
    Disassociate: "bdfc191d-fc56-493a-a6b1-cb0c47a22ecc",
};

/** Messages whose ids differ from org to org. */
const TABLE_MESSAGES = ["AddMembers", "RemoveMembers"];

/** The plug-in types of Solution/PluginAssemblies (a test holds these to the solution source). */
export const TEAMSYNC_PLUGIN_TYPES: Readonly<Record<string, string>> = {
    "TeamSync.Plugins.MembershipPropagationPlugin": "e21f37c0-3e19-58ca-92ea-04665b408eeb",
    "TeamSync.Plugins.RoleChangeReconcilePlugin": "85e5eb55-cc4e-5215-abed-80e9a9e8b5e9",
    "TeamSync.Plugins.ConfigurationValidationPlugin": "56d3cec6-53a6-5515-8d14-543949bc3293",
    "TeamSync.Plugins.ReconcileApiPlugin": "da6358de-5b52-5906-9b2a-a32384927444",
    "TeamSync.Plugins.ConfigurationReconcilePlugin": "6adddd44-a16d-5e02-b2f3-0601dee9b6ab",
    "TeamSync.Plugins.UnsavedEditsColumnPlugin": "9c6cfc57-b809-48e1-b04a-c420b9e32a62",
};

/** A required step the solution ships, with its id in Solution/SdkMessageProcessingSteps. */
export type ShippedStep = RequiredStep & { id: string };

/** The ids of the shipped ones among the required steps, by name (a test holds these to the solution source). */
const SHIPPED_STEP_IDS: ReadonlyMap<string, string> = new Map([
    [
        "TeamSync.Plugins.MembershipPropagationPlugin: Associate of any Entity (synchronous)",
        "d83556eb-2832-4388-a2c1-4f214c8aff75",
    ],
    ["TeamSync.Plugins.MembershipPropagationPlugin: Associate of any Entity", "4e7ab616-b9a7-45ed-b5c9-18cae83136cd"],
    [
        "TeamSync.Plugins.MembershipPropagationPlugin: Disassociate of any Entity (synchronous)",
        "75219dc1-44c6-4fb0-8c3b-e452c145e51c",
    ],
    [
        "TeamSync.Plugins.MembershipPropagationPlugin: Disassociate of any Entity",
        "1339d2d7-0a68-475e-9074-c7a09b2b460f",
    ],
    ["TeamSync.Plugins.MembershipPropagationPlugin: Update of nw_teamsynclog", "31f57acb-e933-45e0-8358-3a4f03cd40fe"],
    ["TeamSync.Plugins.RoleChangeReconcilePlugin: Associate of any Entity", "6a055b93-dd4a-492a-96f7-b1315394115a"],
    ["TeamSync.Plugins.RoleChangeReconcilePlugin: Disassociate of any Entity", "c46cd54e-4d30-485e-83e6-bc380b6e103a"],
    ["TeamSync.Plugins.RoleChangeReconcilePlugin: Update of systemuser", "94e3a6eb-774e-4e36-aff5-77abcd80fe1a"],
]);

/** The propagation steps the import registers: all but AddMembers' and RemoveMembers', whose message ids the solution cannot know. */
export const SHIPPED_MEMBERSHIP_STEPS: readonly ShippedStep[] = REQUIRED_STEPS.flatMap((step) => {
    const id = SHIPPED_STEP_IDS.get(stepName(step));
    return id === undefined ? [] : [{ ...step, id }];
});

export interface PlatformSeed {
    /** The TeamSync solution was imported unmanaged (a development environment). */
    unmanaged: boolean;
    /** The shipped steps are on (the import kept "Enable plugin steps" selected). */
    stepsEnabled: boolean;
    nightlyReconcileOn: boolean;
    /** An admin has since turned propagation on: the steps the import cannot ship are registered too, as Turn on propagation registers them. */
    propagationTurnedOn?: boolean;
}

export function seedPlatform(store: DataverseStore, seed: PlatformSeed): void {
    const messageIds = new Map<string, string>();
    for (const [name, id] of Object.entries(KNOWN_MESSAGE_IDS))
        messageIds.set(name, store.create(SdkMessage.logicalName, { [SdkMessage.id]: id, [SdkMessage.name]: name }));
    for (const name of TABLE_MESSAGES)
        messageIds.set(name, store.create(SdkMessage.logicalName, { [SdkMessage.name]: name }));
    // The platform's filters of every message and table a required step is registered on.
    const filterIds = new Map<string, string>();
    for (const step of REQUIRED_STEPS) {
        const key = `${step.message}|${step.primaryTable}`;
        if (step.primaryTable === null || filterIds.has(key)) continue;
        const messageId = messageIds.get(step.message) as string;
        filterIds.set(
            key,
            store.create(SdkMessageFilter.logicalName, {
                [bindKey(SdkMessageFilter.messageNav)]: bindValue(SdkMessage.entitySet, messageId),
                [SdkMessageFilter.primaryTable]: step.primaryTable,
            }),
        );
    }
    for (const [typeName, id] of Object.entries(TEAMSYNC_PLUGIN_TYPES))
        store.create(PluginType.logicalName, { [PluginType.id]: id, [PluginType.typeName]: typeName });
    const turnedOn = seed.propagationTurnedOn
        ? REQUIRED_STEPS.filter((step) => !SHIPPED_STEP_IDS.has(stepName(step))).map((step) => ({
              ...step,
              id: registeredStepId(step),
              enabled: true,
          }))
        : [];
    for (const step of [
        ...SHIPPED_MEMBERSHIP_STEPS.map((shipped) => ({ ...shipped, enabled: seed.stepsEnabled })),
        ...turnedOn,
    ]) {
        const name = stepName(step);
        store.create(ProcessingStep.logicalName, {
            [ProcessingStep.id]: step.id,
            [ProcessingStep.name]: name,
            [ProcessingStep.description]: name,
            [bindKey(ProcessingStep.pluginTypeNav)]: bindValue(
                PluginType.entitySet,
                TEAMSYNC_PLUGIN_TYPES[step.pluginType],
            ),
            [bindKey(ProcessingStep.messageNav)]: bindValue(
                SdkMessage.entitySet,
                messageIds.get(step.message) as string,
            ),
            ...(step.primaryTable === null
                ? {}
                : {
                      [bindKey(ProcessingStep.filterNav)]: bindValue(
                          SdkMessageFilter.entitySet,
                          filterIds.get(`${step.message}|${step.primaryTable}`) as string,
                      ),
                  }),
            [ProcessingStep.stage]: step.stage,
            [ProcessingStep.mode]: step.mode,
            [ProcessingStep.filteringAttributes]: step.filteringAttributes,
            [ProcessingStep.stateCode]: step.enabled ? StepState.enabled : StepState.disabled,
            [ProcessingStep.statusCode]: step.enabled ? StepStatus.enabled : StepStatus.disabled,
        });
    }
    store.create(Solution.logicalName, {
        [Solution.uniqueName]: TEAMSYNC_SOLUTION,
        [Solution.isManaged]: !seed.unmanaged,
    });
    store.create(Workflow.logicalName, {
        [Workflow.id]: NIGHTLY_RECONCILE_FLOW_ID,
        [Workflow.stateCode]: seed.nightlyReconcileOn ? WorkflowState.activated : WorkflowState.draft,
    });
}
