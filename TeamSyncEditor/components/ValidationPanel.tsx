import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../engine/types";
import { useStrings } from "./StringsContext";
import { format, issueSentence } from "./viewModel/issueSentence";

export interface ValidationPanelProps {
    /** In the order of docs/semantics.md §9 (the engine's): errors first. */
    issues: readonly Issue[];
    teamName: (id: string) => string;
    onChoose: (issue: Issue) => void;
}

/** A large org can have a thousand warnings: rendering them all would slow the first graph, so the rest wait for a click. */
export const ISSUES_SHOWN = 50;

const useStyles = makeStyles({
    root: { maxHeight: "160px", overflowY: "auto", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
    list: { listStyleType: "none", margin: 0, padding: 0 },
    error: { color: tokens.colorPaletteRedForeground1 },
    warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Errors and warnings as sentences; choosing one selects and focuses its teams and links. */
export const ValidationPanel: React.FC<ValidationPanelProps> = ({ issues, teamName, onChoose }) => {
    const getString = useStrings();
    const styles = useStyles();
    const [showAll, setShowAll] = React.useState(false);
    const list = React.useRef<HTMLUListElement>(null);
    const count = issues.length;
    // Every error stays visible: only warnings are held back.
    const shown = showAll ? count : Math.max(ISSUES_SHOWN, issues.filter((issue) => issue.severity === "error").length);
    const expand = (): void => {
        setShowAll(true);
        // The button goes away: the keyboard continues at the first issue it revealed.
        window.setTimeout(() => list.current?.children[shown]?.querySelector("button")?.focus());
    };
    return (
        <section role="region" aria-label={getString("Editor_Validation_Label")} className={styles.root}>
            {count === 0 ? (
                <Text>{getString("Editor_Validation_None")}</Text>
            ) : (
                <ul className={styles.list} ref={list}>
                    {issues.slice(0, shown).map((issue, index) => (
                        <li key={`${issue.code}:${issue.teams.join(",")}:${index}`}>
                            <Button appearance="transparent" onClick={() => onChoose(issue)}>
                                <span className={issue.severity === "error" ? styles.error : styles.warning}>
                                    {getString(issue.severity === "error" ? "Editor_Severity_Error" : "Editor_Severity_Warning")}
                                </span>
                                &nbsp;{issueSentence(issue, teamName, getString)}
                            </Button>
                        </li>
                    ))}
                </ul>
            )}
            {shown < count && <Button onClick={expand}>{format(getString("Editor_Validation_ShowAll"), count)}</Button>}
        </section>
    );
};
