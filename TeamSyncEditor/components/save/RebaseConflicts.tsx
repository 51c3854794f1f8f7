import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { EditConflict } from "../../data/rebaseEdits";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";

export interface RebaseConflictsProps {
    conflicts: readonly EditConflict[];
}

/** After a reload that carried the edits over: where someone else changed the same thing, and what was kept. */
export const RebaseConflicts: React.FC<RebaseConflictsProps> = ({ conflicts }) => {
    const getString = useStrings();
    const [open, setOpen] = React.useState(true);
    if (!open || conflicts.length === 0) return null;
    return (
        <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
                <MessageBarTitle>{getString("Editor_Rebase_Title")}</MessageBarTitle>
                <ul>
                    {conflicts.map((conflict) => (
                        <li key={`${conflict.id}:${conflict.key}`}>
                            {format(getString(conflict.key), ...conflict.args)}
                        </li>
                    ))}
                </ul>
            </MessageBarBody>
            <MessageBarActions>
                <Button onClick={() => setOpen(false)}>{getString("Editor_Rebase_Dismiss")}</Button>
            </MessageBarActions>
        </MessageBar>
    );
};
