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

/** What a reload does with the edits: after a save that succeeded they are all saved; otherwise they are kept. */
export type ReloadKind = "fresh" | "keepEdits";

/** Closing the dialog: after a save that succeeded the editor starts again from what is saved. */
export function reloadOnClose(phase: SavePhase | null): ReloadKind | null {
    return phase?.phase === "report" && phase.report.status === "saved" ? "fresh" : null;
}

/** The Reload button: the edits are kept only when the save stopped on a conflict. */
export function reloadOnRequest(phase: SavePhase | null): ReloadKind {
    return phase?.phase === "report" && phase.report.status === "conflict" ? "keepEdits" : "fresh";
}
