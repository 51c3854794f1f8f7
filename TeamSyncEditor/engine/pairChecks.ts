import { LinkTable } from "./graph";
import { IssueList } from "./issueList";
import { TeamId } from "./types";

/**
 * docs/semantics.md §7 `duplicate-edge` and `direction-conflict`, which look at the links between one
 * unordered pair of teams. Returns the keys (see `pairKey`) of the pairs in direction conflict:
 * `cycle` does not report their links again. Links are grouped by pair with a linear two-pass
 * counting sort rather than a map of arrays: most pairs have a single link.
 */
export function checkPairs(links: LinkTable, teamIds: readonly TeamId[], issues: IssueList): Set<number> {
    const teamCount = teamIds.length;
    const low = new Int32Array(links.count);
    const high = new Int32Array(links.count);
    const all = new Int32Array(links.count);
    for (let s = 0; s < links.count; s++) {
        low[s] = Math.min(links.from[s], links.to[s]);
        high[s] = Math.max(links.from[s], links.to[s]);
        all[s] = s;
    }
    const sorted = countingSort(countingSort(all, high, teamCount), low, teamCount);
    const conflicts = new Set<number>();
    for (let start = 0; start < sorted.length;) {
        const first = sorted[start];
        let end = start + 1;
        while (end < sorted.length && low[sorted[end]] === low[first] && high[sorted[end]] === high[first]) end++;
        if (end - start > 1) {
            const pair = pairKey(low[first], high[first], teamCount);
            const group = Array.from(sorted.subarray(start, end));
            const teams = [teamIds[low[first]], teamIds[high[first]]];
            if (inDirectionConflict(links, group)) {
                conflicts.add(pair);
                issues.add("direction-conflict", teams, recordsOf(links, group));
            }
            for (const duplicates of sameLinkGroups(links, group))
                issues.add("duplicate-edge", teams, recordsOf(links, duplicates));
        }
        start = end;
    }
    return conflicts;
}

/** `items` stably sorted by `key[item]`, each key in 0 .. range - 1. */
function countingSort(items: Int32Array, key: Int32Array, range: number): Int32Array {
    const start = new Int32Array(range + 1);
    for (const item of items) start[key[item] + 1]++;
    for (let k = 0; k < range; k++) start[k + 1] += start[k];
    const sorted = new Int32Array(items.length);
    for (const item of items) sorted[start[key[item]]++] = item;
    return sorted;
}

/** One number per unordered pair of team numbers. */
export function pairKey(a: number, b: number, teamCount: number): number {
    return a < b ? a * teamCount + b : b * teamCount + a;
}

/** `group`: link numbers of one pair's links. */
function inDirectionConflict(links: LinkTable, group: readonly number[]): boolean {
    let bidirectional = false;
    let oneWayFrom = -1;
    let bothWays = false;
    for (const s of group) {
        if (links.bidirectional[s]) {
            bidirectional = true;
        } else if (oneWayFrom === -1) {
            oneWayFrom = links.from[s];
        } else if (oneWayFrom !== links.from[s]) {
            bothWays = true;
        }
    }
    return bothWays || (bidirectional && oneWayFrom !== -1);
}

/** Links that link the pair the same way with the same role: One-way by parent, Bidirectional whatever the parent. */
function sameLinkGroups(links: LinkTable, group: readonly number[]): number[][] {
    const byWay = new Map<string, number[]>();
    for (const s of group) {
        const key = JSON.stringify([links.bidirectional[s] ? -1 : links.from[s], links.role[s]]);
        const same = byWay.get(key);
        if (same) same.push(s);
        else byWay.set(key, [s]);
    }
    return [...byWay.values()].filter((same) => same.length > 1);
}

function recordsOf(links: LinkTable, group: readonly number[]): string[] {
    return group.flatMap((s) => [links.configId[s], links.memberId[s]]);
}
