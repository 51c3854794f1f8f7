import type { EditChange } from "../data/types";

/** What Undo takes back: one change, or a Discard with the edits it dropped (all restored at once). */
export type EditStep = { kind: "change"; change: EditChange } | { kind: "discard"; changes: readonly EditChange[] };

/** The edit session: the edits in effect (oldest first), the steps that led there and the steps undone, for redo. */
export interface EditHistory {
    done: readonly EditChange[];
    steps: readonly EditStep[];
    undone: readonly EditStep[];
}

export const EMPTY_HISTORY: EditHistory = { done: [], steps: [], undone: [] };

/** A session starting from edits kept across a reload: each can be undone. */
export function historyOf(changes: readonly EditChange[]): EditHistory {
    return { done: changes, steps: changes.map((change) => ({ kind: "change", change })), undone: [] };
}

function apply(history: EditHistory, step: EditStep): EditHistory {
    const done = step.kind === "change" ? [...history.done, step.change] : [];
    return { ...history, done, steps: [...history.steps, step] };
}

/** A new change clears what could be redone, as in every editor. */
export function record(history: EditHistory, change: EditChange): EditHistory {
    return { ...apply(history, { kind: "change", change }), undone: [] };
}

/** Drops every edit in one step that Undo takes back. */
export function discard(history: EditHistory): EditHistory {
    if (history.done.length === 0) return history;
    return { ...apply(history, { kind: "discard", changes: history.done }), undone: [] };
}

export function undo(history: EditHistory): EditHistory {
    const step = history.steps[history.steps.length - 1];
    if (step === undefined) return history;
    const done = step.kind === "change" ? history.done.slice(0, -1) : step.changes;
    return { done, steps: history.steps.slice(0, -1), undone: [...history.undone, step] };
}

export function redo(history: EditHistory): EditHistory {
    const step = history.undone[history.undone.length - 1];
    if (step === undefined) return history;
    return { ...apply(history, step), undone: history.undone.slice(0, -1) };
}

/** How many edits the last step discarded (0 when the last step was not a Discard): Undo brings them back. */
export function lastDiscarded(history: EditHistory): number {
    const step = history.steps[history.steps.length - 1];
    return step?.kind === "discard" ? step.changes.length : 0;
}
