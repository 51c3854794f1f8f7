/**
 * The teams whose members an edit can affect (pure). Reconcile of a user depends only on the edges
 * reachable from their manual teams, so an edit changes what it does for a user only when one of
 * their manual teams reaches a team whose out-edges the edit changed. Loading the members of those
 * teams (and the changed teams themselves), over both graphs with roles ignored, finds every such user.
 */
import { SyncGraph } from "../engine/graph";
import { TeamId } from "../engine/types";
import { outEdgesKey } from "../engine/outEdgesKey";
import { upstreamTeams } from "../engine/upstreamTeams";

/** Teams, by id, whose out-edges differ between the two graphs (target, role, rank order, forward or reverse). */
export function changedSources(before: SyncGraph, after: SyncGraph): TeamId[] {
    const ids = new Set([...before.teamIds, ...after.teamIds]);
    return [...ids].filter((id) => outEdgesKey(before, id) !== outEdgesKey(after, id));
}

/** The changed teams and every team that reaches one of them in either graph, sorted by id. */
export function affectedTeams(before: SyncGraph, after: SyncGraph): TeamId[] {
    const changed = changedSources(before, after);
    return [...new Set([...upstreamTeams(before, changed), ...upstreamTeams(after, changed)])].sort();
}
