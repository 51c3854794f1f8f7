import * as React from "react";
import { Button, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Issue, TeamId } from "../../engine/types";
import { useStrings } from "../StringsContext";
import { pluralKey } from "../viewModel/countText";
import { format, issueSentence } from "../viewModel/issueSentence";

export interface ValidationPanelProps {
    /** In the order of docs/semantics.md §7 (the engine's): errors first; null while the first check runs. */
    issues: readonly Issue[] | null;
    teamName: (id: string) => string;
    onChoose: (issue: Issue) => void;
    /** The teams in the drawing: issues about them come first, the organisation's others on demand (absent: all count as shown). */
    visibleTeams?: ReadonlySet<TeamId>;
}

/** A large org can have a thousand warnings: rendering them all would slow the first graph, so the rest wait for a click. */
export const ISSUES_SHOWN = 50;

const useStyles = makeStyles({
    root: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, flexShrink: 0 },
    // One line while closed, so that the drawing keeps its share of the control's height.
    summary: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
    worst: { minWidth: 0, justifyContent: "flex-start" },
    line: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
    open: { maxHeight: "160px", overflowY: "auto" },
    list: { listStyleType: "none", margin: 0, padding: 0 },
    error: { color: tokens.colorPaletteRedForeground1 },
    warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * Errors and warnings as sentences; choosing one selects and focuses its teams and links. Closed, one line
 * says how many there are and the first of them (errors first); the list opens on demand.
 */
export const ValidationPanel: React.FC<ValidationPanelProps> = ({ issues, teamName, onChoose, visibleTeams }) => {
    const getString = useStrings();
    const styles = useStyles();
    const [showAll, setShowAll] = React.useState(false);
    const [open, setOpen] = React.useState(false);
    const listId = useId("issues");
    const list = React.useRef<HTMLUListElement>(null);
    // Errors anywhere block the save, so they always come first; then warnings about the teams drawn.
    const ordered = React.useMemo(() => {
        if (issues === null) return { all: [], near: 0 };
        const near = issues.filter(
            (issue) =>
                issue.severity === "error" ||
                visibleTeams === undefined ||
                issue.teams.some((team) => visibleTeams.has(team)),
        );
        const elsewhere = issues.filter((issue) => !near.includes(issue));
        return { all: [...near, ...elsewhere], near: near.length };
    }, [issues, visibleTeams]);
    const count = ordered.all.length;
    const errors = (issues ?? []).filter((issue) => issue.severity === "error").length;
    const shown = showAll ? count : Math.max(Math.min(ISSUES_SHOWN, ordered.near), errors);
    const elsewhere = count - ordered.near;
    const expand = (): void => {
        setShowAll(true);
        // The button goes away: the keyboard continues at the first issue it revealed.
        window.setTimeout(() => list.current?.children[shown]?.querySelector("button")?.focus());
    };
    const issueButton = (issue: Issue, oneLine = false): React.ReactElement => (
        <Button appearance="transparent" className={oneLine ? styles.worst : undefined} onClick={() => onChoose(issue)}>
            <span className={oneLine ? styles.line : undefined}>
                <span className={issue.severity === "error" ? styles.error : styles.warning}>
                    {getString(issue.severity === "error" ? "Editor_Severity_Error" : "Editor_Severity_Warning")}
                </span>
                &nbsp;{issueSentence(issue, teamName, getString)}
            </span>
        </Button>
    );
    return (
        <section role="region" aria-label={getString("Editor_Validation_Label")} className={styles.root}>
            {issues === null ? (
                <Text>{getString("Editor_Validation_Checking")}</Text>
            ) : count === 0 ? (
                <Text>{getString("Editor_Validation_None")}</Text>
            ) : (
                <div className={styles.summary}>
                    <Button
                        aria-expanded={open}
                        aria-controls={open ? listId : undefined}
                        icon={<span aria-hidden="true">{open ? "\u25BE" : "\u25B8"}</span>}
                        onClick={() => setOpen(!open)}
                    >
                        {format(getString(pluralKey("Editor_Validation_Toggle", count)), count)}
                    </Button>
                    {!open && issueButton(ordered.all[0], true)}
                </div>
            )}
            {open && count > 0 && (
                <div id={listId} className={styles.open}>
                    <ul className={styles.list} ref={list}>
                        {ordered.all.slice(0, shown).map((issue, index) => (
                            <li key={`${issue.code}:${issue.teams.join(",")}:${index}`}>{issueButton(issue)}</li>
                        ))}
                    </ul>
                    {shown < count && (
                        <Button onClick={expand}>
                            {elsewhere > 0 && shown >= ordered.near
                                ? format(getString(pluralKey("Editor_Validation_ShowElsewhere", elsewhere)), elsewhere)
                                : format(getString(pluralKey("Editor_Validation_ShowAll", count)), count)}
                        </Button>
                    )}
                </div>
            )}
        </section>
    );
};
