/** The memberships and roles whose join or leave the Preview tab shows (pure). */
import { SyncGraph } from "../engine/graph";
import { Provenance, RoleId, TeamId, UserId, UserMemberships, UserRoles, Memberships } from "../engine/types";
import { visitOrder } from "../engine/visitOrder";
import { PreviewSubject } from "./types";

/**
 * A new user with the ticked roles. For a join they belong nowhere yet; for a leave they are taken
 * as the join left them: in `team` (by hand) and, by sync, in every team it reaches for them.
 */
export function newUserSubject(
    graph: SyncGraph,
    team: TeamId,
    roles: ReadonlySet<RoleId>,
    event: "join" | "leave",
): PreviewSubject {
    const memberships = new Map<TeamId, Provenance>();
    if (event === "leave") {
        memberships.set(team, "manual");
        for (const visit of visitOrder(graph, team, roles)) memberships.set(visit.team, "sync");
    }
    return { memberships, roles };
}

/** One of the loaded users, with their memberships and directly held roles. */
export function memberSubject(user: UserId, memberships: Memberships, userRoles: UserRoles): PreviewSubject {
    const none: UserMemberships = new Map();
    return { memberships: memberships.get(user) ?? none, roles: userRoles.get(user) ?? new Set() };
}
