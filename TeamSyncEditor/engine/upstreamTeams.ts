/** The teams from which any of `starts` is reachable over every edge, roles ignored, `starts` included (pure). */
import { SyncGraph } from "./graph";
import { TeamId } from "./types";

export function upstreamTeams(graph: SyncGraph, starts: readonly TeamId[]): Set<TeamId> {
    const seen = new Uint8Array(graph.teamIds.length);
    const queue: number[] = [];
    for (const id of starts) {
        const t = graph.index.get(id);
        if (t === undefined || seen[t]) continue;
        seen[t] = 1;
        queue.push(t);
    }
    for (let head = 0; head < queue.length; head++) {
        const t = queue[head];
        for (let e = graph.inStart[t]; e < graph.inStart[t + 1]; e++) {
            const from = graph.inFrom[e];
            if (seen[from]) continue;
            seen[from] = 1;
            queue.push(from);
        }
    }
    const found = new Set<TeamId>(starts);
    for (const t of queue) found.add(graph.teamIds[t]);
    return found;
}
