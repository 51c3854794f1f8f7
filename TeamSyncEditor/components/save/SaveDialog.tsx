import * as React from "react";
import {
    Button,
    Dialog,
    DialogActions,
    DialogBody,
    DialogContent,
    DialogSurface,
    DialogTitle,
    ProgressBar,
    Text,
} from "@fluentui/react-components";
import type { SaveReport, Write } from "../../data/types";
import { SyncGroup } from "../../data/schema";
import type { SavePhase } from "../../state/saveFlow";
import { useStrings } from "../StringsContext";
import { useReturnFocus } from "../useReturnFocus";
import { countText, pluralKey } from "../viewModel/countText";
import { format, GetString } from "../viewModel/issueSentence";

export interface SaveDialogProps {
    state: SavePhase;
    onConfirm: () => void;
    onCancel: () => void;
    onRetry: () => void;
    onReload: () => void;
    /** Shown with the confirmation: who the save affects (the impact review). */
    impact?: React.ReactNode;
    /** False while the impact review holds the save back. */
    canConfirm?: boolean;
    /** The Save button: the focus goes back there when the dialog closes. */
    returnFocus: () => HTMLElement | null;
}

/** "Turn off link Commercial Lending → Document Library", "Create configuration “Lending sync”". */
function writeText(write: Write, getString: GetString): string {
    const record = format(
        getString(write.table === SyncGroup.logicalName ? "Editor_Write_Configuration" : "Editor_Write_Link"),
        write.name,
    );
    return format(getString(`Editor_Write_${write.effect}`), record);
}

const WriteList: React.FC<{ heading: string; writes: readonly Write[] }> = ({ heading, writes }) => {
    const getString = useStrings();
    if (writes.length === 0) return null;
    return (
        <>
            <Text as="h4" weight="semibold">
                {heading}
            </Text>
            <ul>
                {writes.map((write, index) => (
                    <li key={`${write.id}:${index}`}>{writeText(write, getString)}</li>
                ))}
            </ul>
        </>
    );
};

/**
 * Confirmation of what will be written, progress, then what was and was not saved. A click beside
 * the dialog does not close it: the second click of a double-click on Save would land there.
 */
export const SaveDialog: React.FC<SaveDialogProps> = ({
    state,
    onConfirm,
    onCancel,
    onRetry,
    onReload,
    impact,
    canConfirm = true,
    returnFocus,
}) => {
    const getString = useStrings();
    useReturnFocus(returnFocus);
    const busy = state.phase === "saving";
    return (
        <Dialog
            open
            modalType={busy ? "alert" : "modal"}
            onOpenChange={(_, data) => !data.open && data.type !== "backdropClick" && !busy && onCancel()}
        >
            <DialogSurface>
                <DialogBody>
                    <DialogTitle>{getString("Editor_Save_Title")}</DialogTitle>
                    <DialogContent>
                        {state.phase === "confirm" && (
                            <WriteList
                                heading={format(
                                    getString("Editor_Save_WillWrite"),
                                    countText(getString, "Change", state.writes.length),
                                )}
                                writes={state.writes}
                            />
                        )}
                        {state.phase === "confirm" && impact}
                        {state.phase === "saving" && (
                            <>
                                <ProgressBar
                                    value={state.total === 0 ? 0 : state.done / state.total}
                                    aria-label={getString("Editor_Save_Progress_Label")}
                                />
                                <Text role="status">
                                    {format(getString("Editor_Save_Progress"), state.done, state.total)}
                                </Text>
                            </>
                        )}
                        {state.phase === "report" && <SaveReportView report={state.report} />}
                        {state.phase === "error" && (
                            <Text role="alert">{format(getString("Editor_Save_Unexpected"), state.detail)}</Text>
                        )}
                    </DialogContent>
                    <DialogActions>
                        {state.phase === "confirm" && (
                            <>
                                <Button appearance="primary" disabled={!canConfirm} onClick={onConfirm}>
                                    {getString("Editor_Save")}
                                </Button>
                                <Button onClick={onCancel}>{getString("Editor_Cancel")}</Button>
                            </>
                        )}
                        {state.phase === "report" && state.report.status === "failed" && (
                            <Button appearance="primary" onClick={onRetry}>
                                {getString("Editor_Retry")}
                            </Button>
                        )}
                        {state.phase === "report" && state.report.status !== "saved" && (
                            <Button onClick={onReload}>{getString("Editor_Reload")}</Button>
                        )}
                        {state.phase === "error" && <Button onClick={onReload}>{getString("Editor_Reload")}</Button>}
                        {(state.phase === "report" || state.phase === "error") && (
                            <Button onClick={onCancel}>{getString("Editor_Close")}</Button>
                        )}
                    </DialogActions>
                </DialogBody>
            </DialogSurface>
        </Dialog>
    );
};

const SaveReportView: React.FC<{ report: SaveReport }> = ({ report }) => {
    const getString = useStrings();
    if (report.status === "saved")
        return (
            <Text role="status">
                {format(getString(pluralKey("Editor_Save_Done", report.written.length)), report.written.length)}
            </Text>
        );
    if (report.status === "conflict") {
        return (
            <>
                <Text role="alert">{getString("Editor_Save_Conflict")}</Text>
                <ul>
                    {report.conflicts.map((conflict) => (
                        <li key={conflict.id}>{format(getString(conflict.key), ...conflict.args)}</li>
                    ))}
                </ul>
            </>
        );
    }
    const error = format(getString(report.failed.error.key), ...report.failed.error.args);
    return (
        <>
            <Text role="alert">{getString("Editor_Save_Partial")}</Text>
            <WriteList heading={getString("Editor_Save_Written")} writes={report.written} />
            <Text as="h4" weight="semibold">
                {getString("Editor_Save_Failed")}
            </Text>
            <p>
                {report.failed.write
                    ? format(getString("Editor_Save_FailedWrite"), writeText(report.failed.write, getString), error)
                    : error}
            </p>
            <WriteList heading={getString("Editor_Save_NotTried")} writes={report.notTried} />
        </>
    );
};
