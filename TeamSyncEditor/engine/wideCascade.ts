import { Components } from "./stronglyConnectedComponents";
import { SyncGraph } from "./graph";

/**
 * For each team, how many teams are reachable from it over every edge (roles ignored), or -1 when
 * that is at most `limit` (docs/semantics.md §7 `wide-cascade` only needs the exact count above the limit).
 *
 * Works on the condensation, sinks first. Each component keeps the set of components below it
 * while it totals at most `limit` teams, so telling narrow from wide is linear in teams + links
 * times `limit`. Exact counts of wide components: where every component below has a single
 * component above it, the sets below distinct children are disjoint and their sizes add up; only
 * elsewhere (shared descendants) is the condensation walked from the component.
 */
export function wideReachCounts(graph: SyncGraph, components: Components, limit: number): Int32Array {
    const { outStart, outTarget } = graph;
    const n = graph.teamIds.length;
    const c = components.count;
    const of = components.of;

    const size = new Int32Array(c);
    for (let t = 0; t < n; t++) size[of[t]]++;
    const memberStart = new Int32Array(c + 1);
    for (let k = 0; k < c; k++) memberStart[k + 1] = memberStart[k] + size[k];
    const members = new Int32Array(n);
    const fill = memberStart.slice(0, c);
    for (let t = 0; t < n; t++) members[fill[of[t]]++] = t;

    // Distinct condensation edges, and how many distinct components point at each one.
    const mark = new Int32Array(c).fill(-1);
    const childStart = new Int32Array(c + 1);
    // At most one condensation edge per edge of the graph.
    const children = new Int32Array(outTarget.length);
    let childCount = 0;
    const parents = new Int32Array(c);
    for (let k = 0; k < c; k++) {
        for (let i = memberStart[k]; i < memberStart[k + 1]; i++) {
            const t = members[i];
            for (let e = outStart[t]; e < outStart[t + 1]; e++) {
                const d = of[outTarget[e]];
                if (d === k || mark[d] === k) continue;
                mark[d] = k;
                children[childCount++] = d;
                parents[d]++;
            }
        }
        childStart[k + 1] = childCount;
    }

    const below = new Float64Array(c);
    const exact = new Uint8Array(c);
    const treeLike = new Uint8Array(c);
    // The components below each narrow component, kept in one pool: set k is
    // pool[setStart[k] .. setStart[k] + setLength[k]]; setLength -1 marks a wide (saturated) one.
    const pool: number[] = [];
    const setStart = new Int32Array(c);
    const setLength = new Int32Array(c);
    mark.fill(-1);
    for (let k = 0; k < c; k++) {
        let tree = 1;
        let treeSum = 0;
        let total = 0;
        let saturated = false;
        setStart[k] = pool.length;
        for (let i = childStart[k]; i < childStart[k + 1]; i++) {
            const d = children[i];
            if (parents[d] !== 1 || !treeLike[d]) tree = 0;
            treeSum += size[d] + below[d];
            if (saturated) continue;
            if (mark[d] !== k) {
                mark[d] = k;
                pool.push(d);
                total += size[d];
            }
            if (setLength[d] < 0) {
                saturated = true;
                continue;
            }
            for (let j = setStart[d], end = setStart[d] + setLength[d]; j < end && total <= limit; j++) {
                const e = pool[j];
                if (mark[e] === k) continue;
                mark[e] = k;
                pool.push(e);
                total += size[e];
            }
            if (total > limit) saturated = true;
        }
        treeLike[k] = tree;
        if (tree) {
            below[k] = treeSum;
            exact[k] = 1;
        } else if (!saturated) {
            below[k] = total;
            exact[k] = 1;
        }
        if (saturated) {
            pool.length = setStart[k];
            setLength[k] = -1;
        } else {
            setLength[k] = pool.length - setStart[k];
        }
    }

    const counts = new Int32Array(n).fill(-1);
    const queue = new Int32Array(c);
    for (let k = 0; k < c; k++) {
        if (exact[k] && size[k] - 1 + below[k] <= limit) continue;
        if (!exact[k]) below[k] = countBelow(k, childStart, children, size, mark, queue);
        const reachable = size[k] - 1 + below[k];
        if (reachable <= limit) continue;
        for (let i = memberStart[k]; i < memberStart[k + 1]; i++) counts[members[i]] = reachable;
    }
    return counts;
}

/** Teams in the components reachable from `start`, `start` excluded: a walk of the condensation. */
function countBelow(
    start: number,
    childStart: Int32Array,
    children: Int32Array,
    size: Int32Array,
    mark: Int32Array,
    queue: Int32Array,
): number {
    // Marks of the set-building pass used stamps 0 .. c-1; this walk's stamp is below them.
    const stamp = -2 - start;
    let head = 0;
    let tail = 0;
    let total = 0;
    queue[tail++] = start;
    mark[start] = stamp;
    while (head < tail) {
        const k = queue[head++];
        for (let i = childStart[k]; i < childStart[k + 1]; i++) {
            const d = children[i];
            if (mark[d] === stamp) continue;
            mark[d] = stamp;
            total += size[d];
            queue[tail++] = d;
        }
    }
    return total;
}
