import { compareIds } from "./graph";
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

interface Entry {
    code: IssueCode;
    teams: TeamId[];
    records: string[];
    reachable?: number;
}

/** Collects issues, one per code and teams (spec §9), and returns them in the spec's order. */
export class IssueList {
    private readonly entries = new Map<string, Entry>();

    add(code: IssueCode, teams: readonly TeamId[], records: readonly string[], reachable?: number): void {
        const distinct = teams.length === 1 ? [teams[0]] : sortedDistinct(teams);
        const key = `${code}\n${JSON.stringify(distinct)}`;
        let entry = this.entries.get(key);
        if (!entry) {
            entry = { code, teams: distinct, records: [] };
            if (reachable !== undefined) entry.reachable = reachable;
            this.entries.set(key, entry);
        }
        for (const record of records) entry.records.push(record);
    }

    issues(): Issue[] {
        const issues: Issue[] = [];
        for (const entry of this.entries.values()) {
            const issue: Issue = { code: entry.code, severity: SEVERITY[entry.code], teams: entry.teams, records: sortedDistinct(entry.records) };
            if (entry.reachable !== undefined) issue.reachable = entry.reachable;
            issues.push(issue);
        }
        return issues.sort(compareIssues);
    }
}

/** Distinct and sorted code unit by code unit (the default sort of strings). */
function sortedDistinct(ids: readonly string[]): string[] {
    const sorted = [...ids].sort();
    return sorted.filter((id, i) => i === 0 || id !== sorted[i - 1]);
}

function compareIssues(a: Issue, b: Issue): number {
    if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
    if (a.code !== b.code) return compareIds(a.code, b.code);
    const shared = Math.min(a.teams.length, b.teams.length);
    for (let i = 0; i < shared; i++) {
        const order = compareIds(a.teams[i], b.teams[i]);
        if (order !== 0) return order;
    }
    return a.teams.length - b.teams.length;
}
