/**
 * "Members and why" (pure): the team's members with their provenance and the log row that made
 * each membership, and the users reconcile would add to or remove from the team ("out of sync").
 * `loaded` must hold the memberships of the team and of every team reaching it (see
 * `upstreamTeams`), so that the users the team is missing are found too.
 */
import type { LoadedMemberships, LogRow } from "../data/types";
import { SyncGraph } from "../engine/graph";
import { reconcile } from "../engine/reconcile";
import { TeamId, UserId } from "../engine/types";
import { MemberExplanation, OutOfSync } from "./types";

export function memberExplanations(graph: SyncGraph, team: TeamId, loaded: LoadedMemberships): MemberExplanation[] {
    const outOfSync = new Map<UserId, OutOfSync>();
    for (const op of reconcile(graph, loaded.memberships, loaded.userRoles).operations) {
        if (op.team !== team) continue;
        outOfSync.set(op.user, op.op === "add" ? { kind: "add", via: op.via } : { kind: "remove" });
    }
    const causes = latestChanges(loaded.log, team);
    const rows: MemberExplanation[] = [];
    for (const [user, teams] of loaded.memberships) {
        const provenance = teams.get(team);
        if (provenance === undefined && !outOfSync.has(user)) continue;
        rows.push({
            user,
            name: loaded.users.get(user) ?? "",
            provenance: provenance ?? null,
            cause: causes.get(user) ?? null,
            outOfSync: outOfSync.get(user) ?? null,
        });
    }
    return rows;
}

/** Per user, the newest log row about `team` that changed something (the one provenance is read from). */
function latestChanges(log: readonly LogRow[], team: TeamId): Map<UserId, LogRow> {
    const latest = new Map<UserId, LogRow>();
    for (const row of log) {
        if (row.teamId !== team || row.outcome !== "done") continue;
        const seen = latest.get(row.userId);
        if (!seen || row.createdOn > seen.createdOn) latest.set(row.userId, row);
    }
    return latest;
}
