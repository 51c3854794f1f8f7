/** One page of `nw_ReconcileTeamSync` for a team, its response read into plain values. */
import { ReconcileApi } from "../schema";
import { PropagationErrorKey } from "./messageKeys";
import type { ReconcileOperation, ReconcilePage, ReconcileRequest } from "./types";
import type { UnboundActions } from "./unboundActions";

const OPS = ["add", "remove"];
const OUTCOMES = ["planned", "done", "skipped", "failed"];

function badReport(detail: string): never {
    throw { kind: "unknown", key: PropagationErrorKey.badReport, args: [], detail, errorCode: null };
}

function operationOf(value: unknown): ReconcileOperation {
    const v = (value ?? {}) as Record<string, unknown>;
    const strings = ["user", "team", "teamName", "path"].every((k) => typeof v[k] === "string");
    if (!strings || !OPS.includes(v.op as string) || !OUTCOMES.includes(v.outcome as string) || !Array.isArray(v.via))
        badReport(JSON.stringify(value));
    return {
        op: v.op as ReconcileOperation["op"],
        user: v.user as string,
        team: v.team as string,
        teamName: v.teamName as string,
        via: (v.via as unknown[]).map(String),
        path: v.path as string,
        outcome: v.outcome as ReconcileOperation["outcome"],
        error: typeof v.error === "string" ? v.error : null,
    };
}

export function readReport(report: unknown): ReconcileOperation[] {
    if (typeof report !== "string") badReport(String(report));
    let parsed: unknown;
    try {
        parsed = JSON.parse(report);
    } catch {
        badReport(report);
    }
    if (!Array.isArray(parsed)) badReport(report);
    return parsed.map(operationOf);
}

export async function reconcilePage(
    actions: UnboundActions,
    request: ReconcileRequest,
    signal?: AbortSignal,
): Promise<ReconcilePage> {
    const out = await actions.execute(
        ReconcileApi.name,
        {
            [ReconcileApi.mode]: request.mode,
            [ReconcileApi.teamId]: request.teamId,
            ...(request.pageToken === "" ? {} : { [ReconcileApi.pageToken]: request.pageToken }),
        },
        signal,
    );
    const count = (name: string) => (typeof out[name] === "number" ? (out[name] as number) : 0);
    return {
        adds: count(ReconcileApi.adds),
        removes: count(ReconcileApi.removes),
        failed: count(ReconcileApi.failed),
        operations: readReport(out[ReconcileApi.report]),
        nextPageToken:
            typeof out[ReconcileApi.nextPageToken] === "string" ? (out[ReconcileApi.nextPageToken] as string) : "",
    };
}
