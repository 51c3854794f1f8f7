import { compareIds } from "./graph";
import { idPrefixKey } from "./idPrefixKey";
import { sortDistinctIds } from "./sortDistinctIds";
import { Issue, IssueCode, Severity, TeamId } from "./types";

const SEVERITY: Record<IssueCode, Severity> = {
    "self-loop": "error",
    "duplicate-edge": "error",
    "direction-conflict": "error",
    cycle: "error",
    "managed-team-target": "error",
    "missing-team": "error",
    "missing-role": "error",
    "empty-configuration": "warning",
    "inactive-parent": "warning",
    "wide-cascade": "warning",
};

/** docs/semantics.md §9 orders issues by severity, then code, then teams: the first two are fixed, so issues are kept per code in this order. */
const CODE_ORDER = (Object.keys(SEVERITY) as IssueCode[]).sort((a, b) =>
    SEVERITY[a] !== SEVERITY[b] ? (SEVERITY[a] === "error" ? -1 : 1) : compareIds(a, b),
);

interface Entry {
    teams: TeamId[];
    records: string[];
    reachable?: number;
}

/**
 * The issues of one code, one per set of teams. Issues naming a single team (most of them in a
 * large org: wide-cascade, empty-configuration) are keyed by that id, without building a key.
 */
interface CodeEntries {
    single: Map<TeamId, Entry>;
    multiple: Map<string, Entry>;
}

/** Collects issues, one per code and teams (docs/semantics.md §9), and returns them in that order. */
export class IssueList {
    private readonly byCode = new Map<IssueCode, CodeEntries>();

    add(code: IssueCode, teams: readonly TeamId[], records: readonly string[], reachable?: number): void {
        let entries = this.byCode.get(code);
        if (!entries) {
            entries = { single: new Map(), multiple: new Map() };
            this.byCode.set(code, entries);
        }
        const distinct = teams.length === 1 ? null : sortDistinctIds(teams.slice());
        const single = distinct === null || distinct.length === 1;
        const map = single ? entries.single : entries.multiple;
        const key = distinct === null ? teams[0] : single ? distinct[0] : JSON.stringify(distinct);
        const entry = map.get(key);
        if (entry) {
            for (const record of records) entry.records.push(record);
            return;
        }
        const created: Entry = { teams: distinct ?? [key], records: records.slice() };
        if (reachable !== undefined) created.reachable = reachable;
        map.set(key, created);
    }

    issues(): Issue[] {
        const issues: Issue[] = [];
        for (const code of CODE_ORDER) {
            const entries = this.byCode.get(code);
            if (!entries) continue;
            const severity = SEVERITY[code];
            for (const entry of sortByTeams([...entries.single.values(), ...entries.multiple.values()])) {
                const issue: Issue = { code, severity, teams: entry.teams, records: sortDistinctIds(entry.records) };
                if (entry.reachable !== undefined) issue.reachable = entry.reachable;
                issues.push(issue);
            }
        }
        return issues;
    }
}

/** Entries in the order of their teams (docs/semantics.md §9), keyed by their first team's prefix (see idPrefixKey). */
function sortByTeams(entries: Entry[]): Entry[] {
    const keys = new Float64Array(entries.length);
    const order: number[] = [];
    for (let i = 0; i < entries.length; i++) {
        // No teams sorts first, as compareEntries has it.
        keys[i] = entries[i].teams.length > 0 ? idPrefixKey(entries[i].teams[0]) : -1;
        order.push(i);
    }
    order.sort((a, b) => keys[a] - keys[b] || compareEntries(entries[a], entries[b]));
    return order.map((i) => entries[i]);
}

function compareEntries(a: Entry, b: Entry): number {
    const shared = Math.min(a.teams.length, b.teams.length);
    for (let i = 0; i < shared; i++) {
        const order = compareIds(a.teams[i], b.teams[i]);
        if (order !== 0) return order;
    }
    return a.teams.length - b.teams.length;
}
