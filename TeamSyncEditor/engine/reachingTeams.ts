import { isOpen, SyncGraph } from "./graph";

/**
 * The teams from which `target` is reachable over the edges open for one user (`target` itself
 * excluded unless it lies on a cycle), as flags by team number. With reach(target) it gives
 * scc(target) (docs/semantics.md §2).
 */
export function reachingTeams(graph: SyncGraph, target: number, held: Uint8Array): Uint8Array {
    const { inStart, inFrom, inRole } = graph;
    const reaching = new Uint8Array(graph.teamIds.length);
    const queue = new Int32Array(graph.teamIds.length);
    let head = 0;
    let tail = 0;
    queue[tail++] = target;
    while (head < tail) {
        const to = queue[head++];
        for (let e = inStart[to], end = inStart[to + 1]; e < end; e++) {
            const from = inFrom[e];
            if (reaching[from] || !isOpen(inRole[e], held)) continue;
            reaching[from] = 1;
            queue[tail++] = from;
        }
    }
    return reaching;
}
