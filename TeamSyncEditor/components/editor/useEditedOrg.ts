import * as React from "react";
import { applyEdits } from "../../data/applyEdits";
import { resolveEdits } from "../../data/resolveEdits";
import type { EditChange, LoadedOrg, TeamInfo } from "../../data/types";
import type { Issue, SyncModel, TeamId } from "../../engine/types";
import { timed } from "../firstGraphTiming";
import { teamNamer } from "../impact/names";
import { useStrings } from "../StringsContext";
import { LinkView, linkViews } from "../viewModel/linkView";
import { useIssues } from "./useIssues";

export interface EditedOrg {
    teams: ReadonlyMap<TeamId, TeamInfo>;
    teamName: (id: TeamId) => string;
    links: readonly LinkView[];
    /** The configuration as edited. */
    model: SyncModel;
    /** The issues, or null while the first check has not run yet (it waits for the first graph). */
    checked: readonly Issue[] | null;
    /** The issues, none while the first check has not run. */
    issues: readonly Issue[];
    errors: readonly Issue[];
    /** Records named by an error, drawn as such. */
    errorLinks: ReadonlySet<string>;
}

/** The loaded organisation with the edits applied, its links and its validation, recomputed only when they change. */
export function useEditedOrg(org: LoadedOrg, changes: readonly EditChange[], seed: string): EditedOrg {
    const getString = useStrings();
    const teams = React.useMemo(() => new Map<TeamId, TeamInfo>(org.teams.map((team) => [team.id, team])), [org.teams]);
    const teamName = React.useMemo(() => teamNamer(org, getString), [org, getString]);
    const links = React.useMemo(
        () => timed("engine", () => linkViews(resolveEdits(org, changes, seed))),
        [org, changes, seed],
    );
    const model = React.useMemo(() => timed("engine", () => applyEdits(org, changes, seed)), [org, changes, seed]);
    const checked = useIssues(model);
    const issues = React.useMemo(() => checked ?? [], [checked]);
    const errors = React.useMemo(() => issues.filter((issue) => issue.severity === "error"), [issues]);
    const errorLinks = React.useMemo(() => new Set(errors.flatMap((issue) => issue.records)), [errors]);
    return { teams, teamName, links, model, checked, issues, errors, errorLinks };
}
