import { Link } from "./graph";
import { IssueList } from "./issueList";
import { TeamId } from "./types";

/**
 * Spec §7 `duplicate-edge` and `direction-conflict`, which look at the links between one
 * unordered pair of teams. Returns the keys (see `pairKey`) of the pairs in direction conflict:
 * `cycle` does not report their links again.
 */
export function checkPairs(links: readonly Link[], teamIds: readonly TeamId[], issues: IssueList): Set<number> {
    const teamCount = teamIds.length;
    const byPair = new Map<number, Link[]>();
    for (const link of links) {
        const key = pairKey(link.from, link.to, teamCount);
        const group = byPair.get(key);
        if (group) group.push(link);
        else byPair.set(key, [link]);
    }
    const conflicts = new Set<number>();
    for (const [key, group] of byPair) {
        if (group.length < 2) continue;
        const teams = [teamIds[group[0].from], teamIds[group[0].to]];
        if (inDirectionConflict(group)) {
            conflicts.add(key);
            issues.add("direction-conflict", teams, recordsOf(group));
        }
        for (const duplicates of sameLinkGroups(group)) issues.add("duplicate-edge", teams, recordsOf(duplicates));
    }
    return conflicts;
}

/** One number per unordered pair of team numbers. */
export function pairKey(a: number, b: number, teamCount: number): number {
    return a < b ? a * teamCount + b : b * teamCount + a;
}

function inDirectionConflict(group: readonly Link[]): boolean {
    let bidirectional = false;
    let oneWayFrom = -1;
    let bothWays = false;
    for (const link of group) {
        if (link.bidirectional) {
            bidirectional = true;
        } else if (oneWayFrom === -1) {
            oneWayFrom = link.from;
        } else if (oneWayFrom !== link.from) {
            bothWays = true;
        }
    }
    return bothWays || (bidirectional && oneWayFrom !== -1);
}

/** Links that link the pair the same way with the same role: One-way by parent, Bidirectional whatever the parent. */
function sameLinkGroups(group: readonly Link[]): Link[][] {
    const byWay = new Map<string, Link[]>();
    for (const link of group) {
        const key = JSON.stringify([link.bidirectional ? -1 : link.from, link.role]);
        const same = byWay.get(key);
        if (same) same.push(link);
        else byWay.set(key, [link]);
    }
    return [...byWay.values()].filter((same) => same.length > 1);
}

export function recordsOf(links: readonly Link[]): string[] {
    return links.flatMap((link) => [link.configId, link.memberId]);
}
