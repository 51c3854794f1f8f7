import type { EditChange } from "../data/types";

/** The edit session: changes made (oldest first) and changes undone (most recent last), for redo. */
export interface EditHistory {
    done: readonly EditChange[];
    undone: readonly EditChange[];
}

export const EMPTY_HISTORY: EditHistory = { done: [], undone: [] };

/** A new change clears what could be redone, as in every editor. */
export function record(history: EditHistory, change: EditChange): EditHistory {
    return { done: [...history.done, change], undone: [] };
}

export function undo(history: EditHistory): EditHistory {
    if (history.done.length === 0) return history;
    return { done: history.done.slice(0, -1), undone: [...history.undone, history.done[history.done.length - 1]] };
}

export function redo(history: EditHistory): EditHistory {
    if (history.undone.length === 0) return history;
    return { done: [...history.done, history.undone[history.undone.length - 1]], undone: history.undone.slice(0, -1) };
}
