import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../engine/types";
import { useStrings } from "./StringsContext";
import { issueSentence } from "./viewModel/issueSentence";

export interface ValidationPanelProps {
    /** In the spec's order (the engine's). */
    issues: readonly Issue[];
    teamName: (id: string) => string;
    onChoose: (issue: Issue) => void;
}

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
    const count = issues.length;
    return (
        <section role="region" aria-label={getString("Editor_Validation_Label")} className={styles.root}>
            {count === 0 ? (
                <Text>{getString("Editor_Validation_None")}</Text>
            ) : (
                <ul className={styles.list}>
                    {issues.map((issue, index) => (
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
        </section>
    );
};
