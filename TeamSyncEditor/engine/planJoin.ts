import { heldRoles, SyncGraph } from "./graph";
import { Operation, Plan, RoleId, TeamId, UserId, UserMemberships } from "./types";
import { Walker } from "./walk";

/**
 * docs/semantics.md §4: user `user` was added to `team`. Adds every team of reach(team) that the user is not
 * in, in visit order; the walk goes on through teams the user already belongs to.
 */
export function planJoin(
    graph: SyncGraph,
    user: UserId,
    team: TeamId,
    memberships: UserMemberships,
    roles: ReadonlySet<RoleId>,
): Plan {
    const operations: Operation[] = [];
    const start = graph.index.get(team);
    if (start === undefined) return { operations, warnings: [] };
    const walker = new Walker(graph);
    walker.reset();
    walker.walk(start, heldRoles(graph, roles), (t) => {
        const id = graph.teamIds[t];
        if (!memberships.has(id)) operations.push({ op: "add", user, team: id, via: walker.via(t) });
    });
    return { operations, warnings: [] };
}
