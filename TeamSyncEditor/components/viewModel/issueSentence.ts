import type { Issue } from "../../engine/types";
import { countText } from "./countText";

export type GetString = (key: string) => string;

/** Replaces {0}, {1}, ... in a resx template; the values are plain text, never markup. */
export function format(template: string, ...values: Array<string | number>): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) =>
        Number(index) < values.length ? String(values[Number(index)]) : whole,
    );
}

/** A validation issue as a readable sentence naming its teams (resx `Editor_Issue_<code>`). */
export function issueSentence(issue: Issue, teamName: (id: string) => string, getString: GetString): string {
    const names = issue.teams.map(teamName).join(getString("Editor_ListSeparator"));
    return format(getString(`Editor_Issue_${issue.code}`), names, countText(getString, "Team", issue.reachable ?? 0));
}
