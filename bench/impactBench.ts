// Impact benchmark: the edit preview (docs/semantics.md §6) for an edit touching 1,000 users in a 2,000-team
// org, as the save confirmation computes it (the saved graph is built once; per edit the edited
// graph, the affected teams and the impact summary). Key: impact_1k_users_2k_ms (target ≤ 200 ms).
import { buildGraph, Provenance, TeamId, UserId, visitOrder } from "../TeamSyncEditor/engine";
import { affectedTeams, editImpact } from "../TeamSyncEditor/impact";
import { generateOrg } from "./generateOrg";
import { medianMs } from "./measure";
import { sampleEdit } from "./sampleEdit";

export interface ImpactBenchResult {
    impact_1k_users_2k_ms: number;
    /** Users the edit changes memberships of, out of the 1,000. */
    usersTouched: number;
    membershipsChanged: number;
}

export function runImpactBench(): ImpactBenchResult {
    const org = generateOrg({ teams: 2_000, links: 5_000, users: 1_000 });
    const top = org.unitRoots[0];
    const before = buildGraph(org.model);
    // Every user is also in the widest unit's top team by hand, and in its reach by sync: the edit of that team reaches them all.
    const memberships = new Map<UserId, Map<TeamId, Provenance>>();
    for (const [user, teams] of org.memberships) {
        const own = new Map(teams);
        own.set(top, "manual");
        for (const visit of visitOrder(before, top, org.userRoles.get(user) ?? new Set()))
            if (!own.has(visit.team)) own.set(visit.team, "sync");
        memberships.set(user, own);
    }
    const edited = sampleEdit(org.model, top, org.unitRoots[1]);
    const preview = () => {
        const after = buildGraph(edited);
        affectedTeams(before, after);
        return editImpact(before, after, memberships, org.userRoles);
    };
    const impact = preview();
    return {
        impact_1k_users_2k_ms: Math.round(medianMs(preview, 11) * 1000) / 1000,
        usersTouched: new Set(impact.operations.map((op) => op.user)).size,
        membershipsChanged: impact.operations.length,
    };
}
