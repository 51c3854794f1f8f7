/**
 * Whether propagation works, read through `context.webAPI`: each required step (registered?
 * enabled?), the latest sync change and today's failures from the log, and the nightly reconcile.
 */
import { toDataError } from "../errors";
import { retrieveAll } from "../retrieveAll";
import { LogCauseValue, LogOutcomeValue, NIGHTLY_RECONCILE_FLOW_ID, SyncLog, Workflow, WorkflowState } from "../schema";
import type { DataverseWebApi } from "../types";
import { readPlatformIds, registrationsOf } from "./platformIds";
import { REQUIRED_STEPS } from "./requiredSteps";
import type { FailedChange, FlowState, PropagationStatus } from "./types";

/** Failed rows the details list; today's count goes past it. */
export const RECENT_FAILURES = 5;

/** Midnight of `now`'s day in the user's time zone, as the Web API's DateTimeOffset literal. */
export function startOfDay(now: Date): string {
    return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

async function readFlowState(webApi: DataverseWebApi): Promise<FlowState> {
    try {
        const flow = await webApi.retrieveRecord(
            Workflow.logicalName,
            NIGHTLY_RECONCILE_FLOW_ID,
            `?$select=${Workflow.stateCode}`,
        );
        return flow[Workflow.stateCode] === WorkflowState.activated ? "on" : "off";
    } catch (error) {
        // A user who may not read processes, or an org where the flow was deleted: say nothing false.
        const problem = toDataError(error);
        if (problem.kind === "privilege" || problem.kind === "gone") return "unknown";
        throw error;
    }
}

export async function readPropagationStatus(
    webApi: DataverseWebApi,
    now: Date,
    signal?: AbortSignal,
): Promise<PropagationStatus> {
    const failed = `${SyncLog.outcome} eq ${LogOutcomeValue.failed}`;
    const [ids, lastSync, today, recent, nightlyReconcile] = await Promise.all([
        readPlatformIds(webApi, REQUIRED_STEPS, signal),
        webApi.retrieveMultipleRecords(
            SyncLog.logicalName,
            `?$select=${SyncLog.createdOn}&$filter=${SyncLog.cause} eq ${LogCauseValue.sync}&$orderby=${SyncLog.createdOn} desc&$top=1`,
        ),
        retrieveAll(
            webApi,
            SyncLog.logicalName,
            `?$select=${SyncLog.id}&$filter=${failed} and ${SyncLog.createdOn} ge ${startOfDay(now)}`,
            { signal },
        ),
        webApi.retrieveMultipleRecords(
            SyncLog.logicalName,
            `?$select=${SyncLog.id},${SyncLog.name},${SyncLog.errorText},${SyncLog.createdOn}&$filter=${failed}&$orderby=${SyncLog.createdOn} desc&$top=${RECENT_FAILURES}`,
        ),
        readFlowState(webApi),
    ]);
    const steps = REQUIRED_STEPS.map((step) => {
        const registrations = registrationsOf(ids, step);
        return { step, registered: registrations.length > 0, enabled: registrations.some((r) => r.enabled) };
    });
    const recentFailures: FailedChange[] = recent.entities.map((row) => ({
        id: String(row[SyncLog.id]),
        name: String(row[SyncLog.name] ?? ""),
        errorText: typeof row[SyncLog.errorText] === "string" ? (row[SyncLog.errorText] as string) : null,
        createdOn: String(row[SyncLog.createdOn]),
    }));
    const latest = lastSync.entities[0]?.[SyncLog.createdOn];
    return {
        steps,
        lastSyncChange: typeof latest === "string" ? latest : null,
        failedToday: today.length,
        recentFailures,
        nightlyReconcile,
    };
}
