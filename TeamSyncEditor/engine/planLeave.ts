import { compareIds, heldRoles, SyncGraph } from "./graph";
import { reachingTeams } from "./reachingTeams";
import { Operation, Plan, RoleId, TeamId, UserId, UserMemberships } from "./types";
import { Walker } from "./walk";

/**
 * docs/semantics.md §5: user `user` was removed from `team`. Removes, in visit order, the teams of reach(team)
 * that no other membership justifies; warns `still-required` (and removes nothing) when another
 * membership still syncs the user into `team`.
 */
export function planLeave(
    graph: SyncGraph,
    user: UserId,
    team: TeamId,
    memberships: UserMemberships,
    roles: ReadonlySet<RoleId>,
): Plan {
    const start = graph.index.get(team);
    if (start === undefined) return { operations: [], warnings: [] };
    const held = heldRoles(graph, roles);

    const reach = new Walker(graph);
    reach.reset();
    const visitOrder: number[] = [];
    reach.walk(start, held, (t) => visitOrder.push(t));
    const reaching = reachingTeams(graph, start, held);

    // Roots: other memberships outside R, and manual ones in R \ S (S = R ∩ teams reaching T).
    const roots: number[] = [];
    for (const [id, provenance] of memberships) {
        const t = graph.index.get(id);
        if (t === undefined || t === start) continue;
        const inReach = reach.isVisited(t);
        if (!inReach || (provenance === "manual" && !reaching[t])) roots.push(t);
    }

    const holder = firstRootReaching(graph, roots, reaching);
    if (holder !== undefined) {
        const teams = [team, graph.teamIds[holder]].sort(compareIds);
        return { operations: [], warnings: [{ code: "still-required", teams }] };
    }

    const justified = new Walker(graph);
    justified.reset();
    for (const root of roots) justified.walk(root, held, () => undefined);
    const operations: Operation[] = [];
    for (const t of visitOrder) {
        const id = graph.teamIds[t];
        if (memberships.has(id) && !justified.isVisited(t))
            operations.push({ op: "remove", user, team: id, via: reach.via(t) });
    }
    return { operations, warnings: [] };
}

/** The root with the smallest id whose reach holds the left team, if any. */
function firstRootReaching(graph: SyncGraph, roots: readonly number[], reaching: Uint8Array): number | undefined {
    let holder: number | undefined;
    for (const root of roots) {
        if (reaching[root] && (holder === undefined || compareIds(graph.teamIds[root], graph.teamIds[holder]) < 0))
            holder = root;
    }
    return holder;
}
