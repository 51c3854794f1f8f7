import { compareIds, heldRoles, SyncGraph } from "./graph";
import { Memberships, Operation, Plan, UserId, UserMemberships, UserRoles } from "./types";
import { Walker } from "./walk";

/**
 * docs/semantics.md §6: the operations that make every user's memberships satisfy the invariant, users by id,
 * each over the edges open for that user.
 */
export function reconcile(graph: SyncGraph, memberships: Memberships, userRoles: UserRoles): Plan {
    const walker = new Walker(graph);
    const operations: Operation[] = [];
    const users = [...memberships.keys()].sort(compareIds);
    for (const user of users) {
        reconcileUser(
            graph,
            walker,
            user,
            memberships.get(user) as UserMemberships,
            heldRoles(graph, userRoles.get(user)),
            operations,
        );
    }
    return { operations, warnings: [] };
}

function reconcileUser(
    graph: SyncGraph,
    walker: Walker,
    user: UserId,
    teams: UserMemberships,
    held: Uint8Array,
    operations: Operation[],
): void {
    const manual: number[] = [];
    for (const [id, provenance] of teams) {
        const t = graph.index.get(id);
        if (provenance === "manual" && t !== undefined) manual.push(t);
    }
    manual.sort((a, b) => compareIds(graph.teamIds[a], graph.teamIds[b]));

    // One visited set for all walks: a team is taken at its first walk, and its reach with it.
    walker.reset();
    for (const start of manual) {
        walker.walk(start, held, (t) => {
            const id = graph.teamIds[t];
            if (!teams.has(id)) operations.push({ op: "add", user, team: id, via: walker.via(t) });
        });
    }

    const stray: string[] = [];
    for (const [id, provenance] of teams) {
        if (provenance !== "sync") continue;
        const t = graph.index.get(id);
        if (t === undefined || (!walker.isVisited(t) && !graph.managed[t])) stray.push(id);
    }
    for (const id of stray.sort(compareIds)) operations.push({ op: "remove", user, team: id, via: [id] });
}
