import * as React from "react";
import {
    Button,
    FluentProvider,
    MessageBar,
    MessageBarActions,
    MessageBarBody,
    Spinner,
    Theme,
    makeStyles,
    useFocusFinders,
} from "@fluentui/react-components";
import { newId } from "../data/newId";
import { toDataError } from "../data/errors";
import { EditConflict, rebaseEdits } from "../data/rebaseEdits";
import type { EditChange, EditorContext, LoadedOrg } from "../data/types";
import type { ReloadKind } from "../state/saveFlow";
import { EditorView } from "./editor/EditorView";
import { RebaseConflicts } from "./save/RebaseConflicts";
import { PropagationStatus } from "./propagation/PropagationStatus";
import { markTiming } from "./firstGraphTiming";
import { StringsContext } from "./StringsContext";
import type { TeamSyncService } from "./TeamSyncService";
import { format, GetString } from "./viewModel/issueSentence";

export interface TeamSyncRootProps {
    height: number;
    /** The manifest's setting, as the form gives it (missing or invalid: the default). */
    impactReviewThreshold?: number | null;
    getString: GetString;
    /** A date as the user reads it (the platform's `context.formatting`). */
    formatDate: (iso: string) => string;
    theme: Theme;
    service: TeamSyncService;
    /** Told the number of unsaved edits whenever it changes (the form warns before leaving with some). */
    onUnsavedChanges?: (count: number) => void;
}

type LoadState =
    | { state: "loading" }
    | { state: "failed"; message: string }
    | { state: "unsavedTeam"; messageKey: string }
    | {
          state: "ready";
          context: Extract<EditorContext, { kind: "ready" }>;
          org: LoadedOrg;
          changes: readonly EditChange[];
          conflicts: readonly EditConflict[];
      };

/** A session's starting point: its edits and seed survive a reload after a save that did not finish. */
interface Session {
    changes: readonly EditChange[];
    seed: string;
    /** The organisation the edits were made on, when they are to be carried over to the reloaded one. */
    rebaseFrom: LoadedOrg | null;
    /** Bumped on every reload so the editor starts afresh. */
    generation: number;
    /** The reload came from the Save dialog: the new editor puts the focus back on Save. */
    fromSave: boolean;
}

const useStyles = makeStyles({
    // Focused (not tabbable) when a reload replaces the editor, so that the focus stays in the control.
    root: { width: "100%", display: "flex", flexDirection: "column", outlineStyle: "none" },
});

/** Theme, strings, loading and read-only state around the editor. */
export const TeamSyncRoot: React.FC<TeamSyncRootProps> = ({
    height,
    impactReviewThreshold,
    getString,
    formatDate,
    theme,
    service,
    onUnsavedChanges,
}) => {
    const styles = useStyles();
    // Holds Fluent's focus manager for as long as the control is on the form: a dialog closing as the
    // editor reloads (after a save) gives the page back to screen readers on a timer, which must outlive the editor.
    useFocusFinders();
    const [load, setLoad] = React.useState<LoadState>({ state: "loading" });
    const [session, setSession] = React.useState<Session>(() => ({
        changes: [],
        seed: newId(),
        rebaseFrom: null,
        generation: 0,
        fromSave: false,
    }));

    // The host hands a new getString on every update; loading must not restart for that.
    const strings = React.useRef(getString);
    strings.current = getString;
    React.useEffect(() => {
        const abort = new AbortController();
        setLoad({ state: "loading" });
        (async () => {
            markTiming("load-start");
            const context = await service.editorContext();
            if (context.kind === "unsavedTeam")
                return setLoad({ state: "unsavedTeam", messageKey: context.messageKey });
            const org = await service.load(abort.signal);
            markTiming("load-end");
            const rebased = session.rebaseFrom
                ? rebaseEdits(session.rebaseFrom, session.changes, session.seed, org)
                : { changes: session.changes, conflicts: [] };
            setLoad({ state: "ready", context, org, changes: rebased.changes, conflicts: rebased.conflicts });
        })().catch((error: unknown) => {
            if (abort.signal.aborted) return;
            const problem = toDataError(error);
            setLoad({ state: "failed", message: format(strings.current(problem.key), ...problem.args) });
        });
        return () => abort.abort();
    }, [service, session]);

    const rootRef = React.useRef<HTMLDivElement>(null);
    const loadedOrg = load.state === "ready" ? load.org : null;
    const reload = React.useCallback(
        (kind: ReloadKind, changes: readonly EditChange[]) => {
            // The element with the focus is about to go with the editor; focus lost to the page would also
            // leave a closed dialog's modal state (aria-hidden on the rest of the page) in place.
            rootRef.current?.focus();
            setSession((current) =>
                kind === "fresh" || loadedOrg === null
                    ? {
                          changes: [],
                          seed: newId(),
                          rebaseFrom: null,
                          generation: current.generation + 1,
                          fromSave: true,
                      }
                    : {
                          changes,
                          seed: current.seed,
                          rebaseFrom: loadedOrg,
                          generation: current.generation + 1,
                          fromSave: true,
                      },
            );
        },
        [loadedOrg],
    );
    const retryLoad = (): void =>
        setSession((current) => ({ ...current, generation: current.generation + 1, fromSave: false }));

    return (
        <FluentProvider ref={rootRef} tabIndex={-1} theme={theme} className={styles.root} style={{ height }}>
            <StringsContext.Provider value={getString}>
                {load.state === "loading" && <Spinner label={getString("Editor_Loading")} />}
                {load.state === "failed" && (
                    <MessageBar intent="error">
                        <MessageBarBody>{load.message}</MessageBarBody>
                        <MessageBarActions>
                            <Button onClick={retryLoad}>{getString("Editor_Retry")}</Button>
                        </MessageBarActions>
                    </MessageBar>
                )}
                {load.state === "unsavedTeam" && (
                    <MessageBar intent="info">
                        <MessageBarBody>{getString(load.messageKey)}</MessageBarBody>
                    </MessageBar>
                )}
                {load.state === "ready" && (
                    <>
                        <PropagationStatus service={service.propagation} />
                        {load.context.readOnly && (
                            <MessageBar intent="warning">
                                <MessageBarBody>{getString(load.context.readOnly.messageKey)}</MessageBarBody>
                            </MessageBar>
                        )}
                        <RebaseConflicts key={`conflicts-${session.generation}`} conflicts={load.conflicts} />
                        <EditorView
                            key={session.generation}
                            org={load.org}
                            teamId={load.context.teamId}
                            readOnlyKey={load.context.readOnly?.messageKey ?? null}
                            service={service}
                            initialChanges={load.changes}
                            seed={session.seed}
                            onReload={reload}
                            formatDate={formatDate}
                            impactReviewThreshold={impactReviewThreshold}
                            focusSave={session.fromSave}
                            onUnsavedChanges={onUnsavedChanges}
                        />
                    </>
                )}
            </StringsContext.Provider>
        </FluentProvider>
    );
};
