/**
 * "Turn on propagation": registers the required steps that are missing, each in its mode, and enables
 * the ones turned off, resolving every platform id by name first. Running it again changes nothing. A step it creates
 * is added to the TeamSync solution when that solution is unmanaged (a development environment).
 */
import { DataverseErrorCode } from "../dataverseErrorCodes";
import { derivedId } from "../derivedId";
import { toDataError } from "../errors";
import {
    AddSolutionComponent,
    PluginType,
    ProcessingStep,
    SdkMessage,
    SdkMessageFilter,
    Solution,
    STEP_COMPONENT_TYPE,
    StepState,
    StepStatus,
    TEAMSYNC_SOLUTION,
    bindKey,
    bindValue,
} from "../schema";
import type { DataError, DataverseWebApi } from "../types";
import { PropagationErrorKey } from "./messageKeys";
import { filterKey, readPlatformIds, registrationsOf, type PlatformIds } from "./platformIds";
import { REQUIRED_STEPS, stepName, type RequiredStep } from "./requiredSteps";
import type { TurnOnReport, TurnOnStepResult } from "./types";
import type { UnboundActions } from "./unboundActions";

/** Names the steps this creates: the same step has the same id in every run, so a concurrent second run collides instead of doubling it. */
const STEP_ID_SEED = "teamsync-propagation-step";

/** The id a step this registers gets. */
export function registeredStepId(step: RequiredStep): string {
    return derivedId(STEP_ID_SEED, stepName(step));
}

export interface TurnOnOptions {
    onProgress?: (done: number, total: number) => void;
    signal?: AbortSignal;
}

function problem(key: string, arg: string): DataError {
    return { kind: "unknown", key, args: [arg], detail: arg, errorCode: null };
}

/** What the org lacks for the steps to be registered at all (the assembly not imported, an unknown message). */
function missingPart(ids: PlatformIds, required: readonly RequiredStep[]): DataError | null {
    for (const step of required) {
        if (!ids.pluginTypes.has(step.pluginType)) return problem(PropagationErrorKey.noPluginType, step.pluginType);
        if (!ids.messages.has(step.message)) return problem(PropagationErrorKey.noMessage, step.message);
        if (step.primaryTable !== null && !ids.filters.has(filterKey(step.message, step.primaryTable))) {
            return problem(PropagationErrorKey.noFilter, `${step.message} / ${step.primaryTable}`);
        }
    }
    return null;
}

async function isUnmanagedSolution(webApi: DataverseWebApi): Promise<boolean> {
    const found = await webApi.retrieveMultipleRecords(
        Solution.logicalName,
        `?$select=${Solution.id},${Solution.isManaged}&$filter=${Solution.uniqueName} eq '${TEAMSYNC_SOLUTION}'`,
    );
    return found.entities.length > 0 && found.entities[0][Solution.isManaged] === false;
}

function stepBody(ids: PlatformIds, step: RequiredStep, id: string): Record<string, unknown> {
    const name = stepName(step);
    const body: Record<string, unknown> = {
        [ProcessingStep.id]: id,
        [ProcessingStep.name]: name,
        [ProcessingStep.description]: name,
        [bindKey(ProcessingStep.pluginTypeNav)]: bindValue(
            PluginType.entitySet,
            ids.pluginTypes.get(step.pluginType) as string,
        ),
        [bindKey(ProcessingStep.messageNav)]: bindValue(SdkMessage.entitySet, ids.messages.get(step.message) as string),
        [ProcessingStep.stage]: step.stage,
        [ProcessingStep.mode]: step.mode,
        [ProcessingStep.rank]: 1,
        [ProcessingStep.supportedDeployment]: 0,
        [ProcessingStep.asyncAutoDelete]: false,
    };
    if (step.filteringAttributes !== null) body[ProcessingStep.filteringAttributes] = step.filteringAttributes;
    if (step.primaryTable !== null) {
        body[bindKey(ProcessingStep.filterNav)] = bindValue(
            SdkMessageFilter.entitySet,
            ids.filters.get(filterKey(step.message, step.primaryTable)) as string,
        );
    }
    return body;
}

async function turnOnStep(
    webApi: DataverseWebApi,
    actions: UnboundActions,
    ids: PlatformIds,
    step: RequiredStep,
    unmanaged: boolean,
): Promise<TurnOnStepResult> {
    const registrations = registrationsOf(ids, step);
    if (registrations.some((r) => r.enabled))
        return { step, outcome: "alreadyOn", addedToSolution: false, error: null };
    if (registrations.length > 0) {
        await webApi.updateRecord(ProcessingStep.logicalName, registrations[0].id, {
            [ProcessingStep.stateCode]: StepState.enabled,
            [ProcessingStep.statusCode]: StepStatus.enabled,
        });
        return { step, outcome: "enabled", addedToSolution: false, error: null };
    }
    const id = registeredStepId(step);
    try {
        await webApi.createRecord(ProcessingStep.logicalName, stepBody(ids, step, id));
    } catch (error) {
        // Someone else's run created it a moment ago.
        if (toDataError(error).errorCode === DataverseErrorCode.duplicateRecord)
            return { step, outcome: "alreadyOn", addedToSolution: false, error: null };
        throw error;
    }
    if (!unmanaged) return { step, outcome: "created", addedToSolution: false, error: null };
    try {
        await actions.execute(AddSolutionComponent.name, {
            [AddSolutionComponent.componentId]: id,
            [AddSolutionComponent.componentType]: STEP_COMPONENT_TYPE,
            [AddSolutionComponent.solutionUniqueName]: TEAMSYNC_SOLUTION,
            [AddSolutionComponent.addRequiredComponents]: false,
        });
        return { step, outcome: "created", addedToSolution: true, error: null };
    } catch (error) {
        // The step works; only its place in the solution is missing, which the report says.
        return { step, outcome: "created", addedToSolution: false, error: toDataError(error) };
    }
}

export async function turnOnPropagation(
    webApi: DataverseWebApi,
    actions: UnboundActions,
    options: TurnOnOptions = {},
): Promise<TurnOnReport> {
    let ids: PlatformIds;
    let unmanaged: boolean;
    try {
        [ids, unmanaged] = await Promise.all([
            readPlatformIds(webApi, REQUIRED_STEPS, options.signal),
            isUnmanagedSolution(webApi),
        ]);
    } catch (error) {
        return { steps: [], stopped: toDataError(error) };
    }
    const missing = missingPart(ids, REQUIRED_STEPS);
    if (missing !== null) return { steps: [], stopped: missing };
    const steps: TurnOnStepResult[] = [];
    options.onProgress?.(0, REQUIRED_STEPS.length);
    for (const step of REQUIRED_STEPS) {
        try {
            steps.push(await turnOnStep(webApi, actions, ids, step, unmanaged));
        } catch (error) {
            steps.push({ step, outcome: "failed", addedToSolution: false, error: toDataError(error) });
        }
        options.onProgress?.(steps.length, REQUIRED_STEPS.length);
    }
    return { steps, stopped: null };
}
