/**
 * A whole reconcile of one team, page by page (each page is one custom API call that stays within
 * the plug-in's time limit): progress after each page, and on a failed page, what was done so far
 * and the error, so the admin knows exactly where it stopped.
 */
import { CancelledError, toDataError } from "../errors";
import type { DataError } from "../types";
import { PropagationErrorKey } from "./messageKeys";
import type { ReconcileModeName, ReconcileOperation, ReconcilePage, ReconcileRequest } from "./types";

export type ReconcilePageFn = (request: ReconcileRequest, signal?: AbortSignal) => Promise<ReconcilePage>;

export interface ReconcileRun {
    mode: ReconcileModeName;
    operations: ReconcileOperation[];
    pages: number;
    adds: number;
    removes: number;
    failed: number;
    /** The page that failed as a whole (none got through), or null when every page answered. */
    error: DataError | null;
}

export async function runReconcile(
    page: ReconcilePageFn,
    mode: ReconcileModeName,
    teamId: string,
    onPage: (run: ReconcileRun) => void = () => undefined,
    signal?: AbortSignal,
): Promise<ReconcileRun> {
    const run: ReconcileRun = { mode, operations: [], pages: 0, adds: 0, removes: 0, failed: 0, error: null };
    let token = "";
    do {
        if (signal?.aborted) return { ...run, error: toDataError(new CancelledError()) };
        let result: ReconcilePage;
        try {
            result = await page({ mode, teamId, pageToken: token }, signal);
        } catch (error) {
            return { ...run, error: toDataError(error) };
        }
        run.pages += 1;
        run.adds += result.adds;
        run.removes += result.removes;
        run.failed += result.failed;
        run.operations.push(...result.operations);
        onPage({ ...run, operations: [...run.operations] });
        // A token that does not move would loop for ever; the API promises it moves on.
        if (result.nextPageToken !== "" && result.nextPageToken === token) {
            return {
                ...run,
                error: {
                    kind: "unknown",
                    key: PropagationErrorKey.badReport,
                    args: [],
                    detail: `page token ${token} repeated`,
                    errorCode: null,
                },
            };
        }
        token = result.nextPageToken;
    } while (token !== "");
    return run;
}
