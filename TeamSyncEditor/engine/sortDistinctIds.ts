import { compareIds } from "./graph";
import { idPrefixKey } from "./idPrefixKey";

/** Sorts `ids` in place code unit by code unit (docs/semantics.md §2) and drops repeats; returns `ids`. */
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
        keys[i] = idPrefixKey(ids[i]);
        order.push(i);
    }
    order.sort((a, b) => keys[a] - keys[b] || compareIds(ids[a], ids[b]));
    const sorted = order.map((i) => ids[i]);
    let kept = 0;
    for (const id of sorted) if (kept === 0 || id !== ids[kept - 1]) ids[kept++] = id;
    ids.length = kept;
    return ids;
}
