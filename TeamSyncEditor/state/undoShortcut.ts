import type { EditorAction } from "./editorState";

export interface ShortcutKey {
    key: string;
    ctrlKey: boolean;
    metaKey: boolean;
    shiftKey: boolean;
}

/** Ctrl+Z undoes, Ctrl+Y or Ctrl+Shift+Z redoes (Cmd on a Mac); inside a text field the field keeps its own undo. */
export function undoShortcut(event: ShortcutKey, inTextField: boolean): EditorAction | null {
    if (inTextField || !(event.ctrlKey || event.metaKey)) return null;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) return { type: "undo" };
    if (key === "y" || (key === "z" && event.shiftKey)) return { type: "redo" };
    return null;
}
