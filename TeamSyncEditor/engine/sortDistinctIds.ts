import { compareIds } from "./graph";

/**
 * Sorts `ids` in place code unit by code unit (spec §2) and drops repeats; returns `ids`.
 *
 * Comparing two ids reads both strings, which in a large org lie scattered through memory, so a
 * plain sort reads each id about log n times. Here each id is read once into a numeric key of its
 * first three code units, the sort compares keys, and only ids whose keys tie are compared as strings.
 */
export function sortDistinctIds(ids: string[]): string[] {
    const n = ids.length;
    if (n === 2) {
        if (ids[0] === ids[1]) ids.length = 1;
        else if (compareIds(ids[1], ids[0]) < 0) ids.reverse();
        return ids;
    }
    if (n < 2) return ids;
    const keys = new Float64Array(n);
    const order: number[] = [];
    for (let i = 0; i < n; i++) {
        keys[i] = prefixKey(ids[i]);
        order.push(i);
    }
    order.sort((a, b) => keys[a] - keys[b] || compareIds(ids[a], ids[b]));
    const sorted = order.map((i) => ids[i]);
    let kept = 0;
    for (const id of sorted) if (kept === 0 || id !== ids[kept - 1]) ids[kept++] = id;
    ids.length = kept;
    return ids;
}

/**
 * The first three code units, each plus 1 (0 past the end, so that a prefix sorts first) in 17
 * bits: 51 bits, exact in a double, and ordered like the ids wherever two keys differ.
 */
function prefixKey(id: string): number {
    return codeUnit(id, 0) * 2 ** 34 + codeUnit(id, 1) * 2 ** 17 + codeUnit(id, 2);
}

function codeUnit(id: string, i: number): number {
    return i < id.length ? id.charCodeAt(i) + 1 : 0;
}
