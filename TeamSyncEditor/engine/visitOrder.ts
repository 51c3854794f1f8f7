import { heldRoles, SyncGraph } from "./graph";
import { RoleId, TeamId } from "./types";
import { Walker } from "./walk";

export interface Visit {
    team: TeamId;
    /** Path from the start team to `team`, both ends included. */
    via: TeamId[];
}

/**
 * docs/semantics.md §2: `reach(start)` for a user holding `roles`, in visit order, each team with its path.
 * An unknown start team reaches nothing.
 */
export function visitOrder(graph: SyncGraph, start: TeamId, roles: ReadonlySet<RoleId>): Visit[] {
    const s = graph.index.get(start);
    if (s === undefined) return [];
    const walker = new Walker(graph);
    walker.reset();
    const visits: Visit[] = [];
    walker.walk(s, heldRoles(graph, roles), (t) => visits.push({ team: graph.teamIds[t], via: walker.via(t) }));
    return visits;
}
