/** "Export CSV" of an edit's impact, for change control (pure): one line per membership change. */
import { Operation } from "../engine/types";
import { csvText } from "./csvCell";
import { EditImpact } from "./types";

export interface ImpactCsvLabels {
    /** Column headings, in order: change, counted as, user, user id, team, team id, path. */
    headings: readonly [string, string, string, string, string, string, string];
    add: string;
    remove: string;
    /** "Counted as": caused by the edit, or drift already there. */
    edit: string;
    drift: string;
    /** Joins the team names of a path. */
    pathSeparator: string;
}

export function impactCsv(
    impact: EditImpact,
    userName: (id: string) => string,
    teamName: (id: string) => string,
    labels: ImpactCsvLabels,
): string {
    const line = (op: Operation, countedAs: string): string[] => [
        op.op === "add" ? labels.add : labels.remove,
        countedAs,
        userName(op.user),
        op.user,
        teamName(op.team),
        op.team,
        op.via.map(teamName).join(labels.pathSeparator),
    ];
    return csvText([
        [...labels.headings],
        ...impact.operations.map((op) => line(op, labels.edit)),
        ...impact.drift.map((op) => line(op, labels.drift)),
    ]);
}
