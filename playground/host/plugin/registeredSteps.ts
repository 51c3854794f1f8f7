/**
 * Which propagation steps the in-memory org has registered and enabled, matched as the control
 * matches them (type, message, table and mode): Dataverse runs only the steps an org has, so the
 * simulated plugin runs a step only when it is there and on.
 */
import { platformIdsOf, registrationsOf } from "../../../TeamSyncEditor/data/propagation/platformIds";
import { REQUIRED_STEPS, type RequiredStep } from "../../../TeamSyncEditor/data/propagation/requiredSteps";
import { PluginType, ProcessingStep, SdkMessage, SdkMessageFilter, StepMode } from "../../../TeamSyncEditor/data/schema";
import type { DataverseStore } from "../../dataverse/store";
import type { SimulatedStep } from "./simulatedSteps";

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

/** The required step (registered after the import) that a simulated step is, if any; the others ship in the solution. */
export function requiredStepOf(step: SimulatedStep): RequiredStep | undefined {
    const mode = step.mode === "synchronous" ? StepMode.synchronous : StepMode.asynchronous;
    return REQUIRED_STEPS.find((r) => r.pluginType === step.pluginType && r.message === step.message && r.mode === mode);
}
