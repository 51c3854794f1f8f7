/**
 * One CSV field, safe to open in a spreadsheet (pure). A value starting with `=`, `+`, `-`, `@`
 * (or a tab or carriage return, which some spreadsheets skip before reading a formula) gets a
 * leading apostrophe so it is shown as text, never run as a formula; a value holding a comma, a
 * quote or a line break is quoted, its quotes doubled (RFC 4180).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
    const text = FORMULA_START.test(value) ? `'${value}` : value;
    return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as CSV text, lines ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
    return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
