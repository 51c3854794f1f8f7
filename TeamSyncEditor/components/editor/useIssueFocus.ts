import * as React from "react";
import type { Issue, TeamId } from "../../engine/types";
import type { LinkView } from "../viewModel/linkView";
import type { EditorAction } from "../../state/editorState";

export interface IssueFocusOptions {
    /** The editor's element: the chosen links and teams are found in it by `data-link` and `data-id`. */
    root: React.RefObject<HTMLElement>;
    dispatch: React.Dispatch<EditorAction>;
    /** Teams in the drawing now. */
    shownTeams: readonly TeamId[];
    links: readonly LinkView[];
    isKnownTeam: (team: TeamId) => boolean;
}

/**
 * Choosing an issue selects the links and teams it names, moves the drawing to them when some are
 * out of view, then focuses the first of them so the keyboard follows.
 */
export function useIssueFocus({
    root,
    dispatch,
    shownTeams,
    links,
    isKnownTeam,
}: IssueFocusOptions): (issue: Issue) => void {
    const [request, setRequest] = React.useState<{ targets: readonly string[] } | null>(null);
    React.useEffect(() => {
        const element = root.current;
        if (request === null || !element) return;
        const candidates = Array.from(element.querySelectorAll<HTMLElement>("[data-id], [data-link]"));
        const target = request.targets
            .map((id) => candidates.find((candidate) => (candidate.dataset.id ?? candidate.dataset.link) === id))
            .find((candidate) => candidate);
        target?.focus();
    }, [request, root]);

    return React.useCallback(
        (issue: Issue) => {
            const shown = new Set(shownTeams);
            const outOfView = issue.teams.some((team) => !shown.has(team)) && isKnownTeam(issue.teams[0]);
            const chosenLinks = issue.records.filter((id) => links.some((link) => link.memberId === id));
            dispatch({
                type: "selectIssue",
                teams: issue.teams,
                links: chosenLinks,
                centre: outOfView ? issue.teams[0] : null,
            });
            setRequest({ targets: [...chosenLinks, ...issue.teams] });
        },
        [shownTeams, links, isKnownTeam, dispatch],
    );
}
