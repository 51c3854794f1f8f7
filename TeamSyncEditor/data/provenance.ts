/**
 * Memberships with their provenance (pure): `sync` when the latest change the log records for
 * that user and team was made by the sync, `manual` otherwise (also when no row exists). Rows
 * whose outcome is not `done` changed nothing, so they do not count.
 */
import type { Memberships, Provenance, TeamId, UserId } from "../engine/types";
import { LogRow } from "./types";

export interface MembershipPair {
    userId: UserId;
    teamId: TeamId;
}

export function withProvenance(pairs: readonly MembershipPair[], log: readonly LogRow[]): Memberships {
    const latest = new Map<string, LogRow>();
    for (const row of log) {
        if (row.outcome !== "done") continue;
        const key = `${row.userId}|${row.teamId}`;
        const seen = latest.get(key);
        if (!seen || row.createdOn > seen.createdOn) latest.set(key, row);
    }
    const result = new Map<UserId, Map<TeamId, Provenance>>();
    for (const { userId, teamId } of pairs) {
        const teams = result.get(userId) ?? new Map<TeamId, Provenance>();
        teams.set(teamId, latest.get(`${userId}|${teamId}`)?.cause === "sync" ? "sync" : "manual");
        result.set(userId, teams);
    }
    return result;
}
