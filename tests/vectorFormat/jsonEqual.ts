/** Deep equality of JSON values: arrays in order, objects by key whatever the key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        return (
            Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]))
        );
    }
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    const aKeys = Object.keys(a);
    const bRecord = b as Record<string, unknown>;
    return (
        aKeys.length === Object.keys(b).length &&
        aKeys.every(
            (key) =>
                Object.prototype.hasOwnProperty.call(b, key) &&
                jsonEqual((a as Record<string, unknown>)[key], bRecord[key]),
        )
    );
}
