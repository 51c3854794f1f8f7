/** A team's out-edges as one string (target, role, rank order, forward or reverse), to compare a team across two graphs (pure). */
import { SyncGraph } from "./graph";
import { TeamId } from "./types";

export function outEdgesKey(graph: SyncGraph, id: TeamId): string {
    const t = graph.index.get(id);
    if (t === undefined) return "";
    const parts: string[] = [];
    for (let e = graph.outStart[t]; e < graph.outStart[t + 1]; e++) {
        const side = e < graph.reverseStart[t] ? ">" : "<";
        parts.push(`${side}${graph.teamIds[graph.outTarget[e]]}|${graph.links[graph.outLink[e]].role ?? ""}`);
    }
    return parts.join(",");
}
