/**
 * The form's unsaved-edits column as the control keeps it. While there are unsaved edits it holds their count, so
 * the form is dirty and warns before it is left, as it does for its own fields; with none it holds what the form
 * loaded, so the form is clean again.
 */
export interface UnsavedColumn {
    readonly edits: number;
    /** What the form loaded: nothing, as no team stores the column (a step of the solution drops it from updates). */
    readonly loaded: number | null;
    /** What the form last showed the control. */
    readonly shown: number | null;
}

export function loadedColumn(value: number | null): UnsavedColumn {
    return { edits: 0, loaded: value, shown: value };
}

/** What the control writes to the column. */
export function columnValue(column: UnsavedColumn): number | null {
    return column.edits > 0 ? column.edits : column.loaded;
}

/**
 * The form shows a value. One that changed to something other than the count while edits remain (a form save
 * refreshes the column from the team, which never stores it) left the form clean: the count must be written again.
 * Only a change asks for it, so a form that does not bind the column is never asked twice.
 */
export function formShows(column: UnsavedColumn, value: number | null): { column: UnsavedColumn; rewrite: boolean } {
    const rewrite = value !== column.shown && column.edits > 0 && value !== column.edits;
    return { column: { ...column, shown: value }, rewrite };
}
