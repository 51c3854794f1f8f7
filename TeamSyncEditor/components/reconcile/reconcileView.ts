/** A reconcile's report, progress and result as sentences (pure: no DOM, no I/O). */
import type { ReconcileOperation } from "../../data/propagation/types";
import type { ReconcileRun } from "../../data/propagation/runReconcile";
import { errorText } from "../propagation/statusView";
import { countText } from "../viewModel/countText";
import { format, type GetString } from "../viewModel/issueSentence";

export function operationText(op: ReconcileOperation, userName: (id: string) => string, getString: GetString): string {
    return op.op === "add"
        ? format(getString("Reconcile_Add"), userName(op.user), op.teamName, op.path)
        : format(getString("Reconcile_Remove"), userName(op.user), op.teamName);
}

export function reportHeadline(run: ReconcileRun, getString: GetString): string {
    if (run.error !== null) return format(getString("Reconcile_ReportStopped"), errorText(run.error, getString));
    if (run.operations.length === 0) return getString("Reconcile_NothingToDo");
    return format(
        getString("Reconcile_Report"),
        countText(getString, "Membership", run.adds),
        countText(getString, "Membership", run.removes),
    );
}

/** The apply's result: the counts, where it stopped if it did, and each change that failed with its error. */
export function applyResult(
    run: ReconcileRun,
    userName: (id: string) => string,
    getString: GetString,
): { ok: boolean; lines: string[] } {
    const lines = [format(getString("Reconcile_Done"), run.adds, run.removes, run.failed)];
    if (run.error !== null)
        lines.push(
            format(
                getString("Reconcile_Stopped"),
                countText(getString, "Page", run.pages),
                errorText(run.error, getString),
            ),
        );
    for (const op of run.operations.filter((o) => o.outcome === "failed")) {
        lines.push(format(getString("Reconcile_OpFailed"), operationText(op, userName, getString), op.error ?? ""));
    }
    return { ok: run.error === null && run.failed === 0, lines };
}
