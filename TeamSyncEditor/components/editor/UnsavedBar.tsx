import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../StringsContext";
import { pluralKey } from "../viewModel/countText";
import { format } from "../viewModel/issueSentence";

export interface UnsavedBarProps {
    changeCount: number;
    /** Edits the last step discarded (0 if it was not a Discard): Undo brings them back. */
    discardedCount: number;
    errorCount: number;
    /** The first validation has not run yet: saving waits for it. */
    checking: boolean;
    canUndo: boolean;
    canRedo: boolean;
    onUndo: () => void;
    onRedo: () => void;
    onSave: () => void;
    onDiscard: () => void;
    saveRef?: React.Ref<HTMLButtonElement>;
}

const useStyles = makeStyles({
    root: {
        display: "flex",
        alignItems: "center",
        columnGap: tokens.spacingHorizontalS,
        padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
        backgroundColor: tokens.colorNeutralBackground2,
    },
    grow: { flexGrow: 1 },
    why: { color: tokens.colorPaletteRedForeground1 },
});

/** "N unsaved changes" with Undo, Redo, Save (disabled, with the reason, while errors stand) and Discard. */
export const UnsavedBar: React.FC<UnsavedBarProps> = ({
    changeCount,
    discardedCount,
    errorCount,
    checking,
    canUndo,
    canRedo,
    onUndo,
    onRedo,
    onSave,
    onDiscard,
    saveRef,
}) => {
    const getString = useStrings();
    const styles = useStyles();
    const blocked = errorCount > 0;
    return (
        <div className={styles.root} role="toolbar" aria-label={getString("Editor_Unsaved_Label")}>
            <Text className={styles.grow}>
                {changeCount === 0
                    ? getString("Editor_NoChanges")
                    : format(getString(pluralKey("Editor_Changes", changeCount)), changeCount)}
            </Text>
            <Text role="status">
                {discardedCount === 0
                    ? ""
                    : format(
                          getString(discardedCount === 1 ? "Editor_Discarded_One" : "Editor_Discarded"),
                          discardedCount,
                      )}
            </Text>
            <Button disabled={!canUndo} onClick={onUndo} title={getString("Editor_UndoShortcut")}>
                {getString("Editor_Undo")}
            </Button>
            <Button disabled={!canRedo} onClick={onRedo} title={getString("Editor_RedoShortcut")}>
                {getString("Editor_Redo")}
            </Button>
            {blocked && changeCount > 0 && (
                <Text id="teamsync-save-blocked" className={styles.why}>
                    {format(getString(pluralKey("Editor_SaveBlocked", errorCount)), errorCount)}
                </Text>
            )}
            {/* Focusable while disabled: the focus returns here after a save, and the reason Save is off can be read. */}
            <Button
                ref={saveRef}
                appearance="primary"
                disabledFocusable={changeCount === 0 || blocked || checking}
                aria-describedby={blocked ? "teamsync-save-blocked" : undefined}
                onClick={onSave}
            >
                {getString("Editor_Save")}
            </Button>
            <Button disabled={changeCount === 0} onClick={onDiscard}>
                {getString("Editor_Discard")}
            </Button>
        </div>
    );
};
