/**
 * The save's phases as a pure reducer: confirm what will be written, saving with progress, then
 * the report (or an unexpected failure); and what closing or reloading does to the edits.
 */
import type { SaveReport, Write } from "../data/types";

export type SavePhase =
    | { phase: "confirm"; writes: readonly Write[] }
    | { phase: "saving"; done: number; total: number }
    | { phase: "report"; report: SaveReport }
    /** The save stopped on something the data layer did not report (a bug or a lost connection): reload to see what stands. */
    | { phase: "error"; detail: string };

export type SaveEvent =
    | { type: "open"; writes: readonly Write[] }
    | { type: "progress"; done: number; total: number }
    | { type: "finished"; report: SaveReport }
    | { type: "crashed"; detail: string }
    | { type: "close" };

export function saveFlowReducer(_phase: SavePhase | null, event: SaveEvent): SavePhase | null {
    switch (event.type) {
        case "open":
            return { phase: "confirm", writes: event.writes };
        case "progress":
            return { phase: "saving", done: event.done, total: event.total };
        case "finished":
            return { phase: "report", report: event.report };
        case "crashed":
            return { phase: "error", detail: event.detail };
        case "close":
            return null;
    }
}

/**
 * What a reload does with the edits: after a save that succeeded they are all saved ("fresh");
 * otherwise they are carried over to what is now saved ("rebase", see `rebaseEdits`).
 */
export type ReloadKind = "fresh" | "rebase";

function saved(phase: SavePhase | null): boolean {
    return phase?.phase === "report" && phase.report.status === "saved";
}

/**
 * Closing the dialog. After a save that succeeded the editor starts again from what is saved; after
 * one that stopped part way (or failed unexpectedly) some writes may be in and the loaded records
 * are stale, so the edits are carried over to what is now saved; otherwise nothing was written.
 */
export function reloadOnClose(phase: SavePhase | null): ReloadKind | null {
    if (saved(phase)) return "fresh";
    if (phase?.phase === "error" || (phase?.phase === "report" && phase.report.status === "failed")) return "rebase";
    return null;
}

/** The Reload button: the edits not yet saved are kept, carried over to what is now saved. */
export function reloadOnRequest(phase: SavePhase | null): ReloadKind {
    return saved(phase) ? "fresh" : "rebase";
}
