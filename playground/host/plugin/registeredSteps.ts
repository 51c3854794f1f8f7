/**
 * Which propagation steps the in-memory org has registered and enabled, matched as the control
 * matches them (type, message, table and mode): Dataverse runs only the steps an org has, so the
 * simulated plugin runs a step only when it is there and on.
 */
import { platformIdsOf, registrationsOf } from "../../../TeamSyncEditor/data/propagation/platformIds";
import { REQUIRED_STEPS, type RequiredStep, type StepModeValue } from "../../../TeamSyncEditor/data/propagation/requiredSteps";
import { PluginType, ProcessingStep, SdkMessage, SdkMessageFilter } from "../../../TeamSyncEditor/data/schema";
import type { DataverseStore } from "../../dataverse/store";

export type StepIsOn = (step: RequiredStep) => boolean;

export function registeredSteps(store: DataverseStore): StepIsOn {
    const ids = platformIdsOf({
        pluginTypes: store.rows(PluginType.logicalName),
        messages: store.rows(SdkMessage.logicalName),
        filters: store.rows(SdkMessageFilter.logicalName),
        steps: store.rows(ProcessingStep.logicalName),
    });
    return (step) => registrationsOf(ids, step).some((registration) => registration.enabled);
}

/** The required step of that type on that message in that mode. */
export function requiredStep(pluginType: string, message: string, mode: StepModeValue): RequiredStep {
    const found = REQUIRED_STEPS.find((s) => s.pluginType === pluginType && s.message === message && s.mode === mode);
    if (found === undefined) throw new Error(`No required step ${pluginType} on ${message} in mode ${mode}`);
    return found;
}
