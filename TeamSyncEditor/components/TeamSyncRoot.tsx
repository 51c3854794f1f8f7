import * as React from "react";
import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Spinner, Theme, makeStyles } from "@fluentui/react-components";
import { newMemberId } from "../data/editSession";
import { toDataError } from "../data/errors";
import type { EditChange, EditorContext, LoadedOrg } from "../data/types";
import { EditorView } from "./EditorView";
import { markTiming } from "./firstGraphTiming";
import { StringsContext } from "./StringsContext";
import type { TeamSyncService } from "./TeamSyncService";
import { format, GetString } from "./viewModel/issueSentence";

export interface TeamSyncRootProps {
    height: number;
    /** The manifest's setting, as the form gives it (missing or invalid: the default). */
    impactReviewThreshold?: number | null;
    getString: GetString;
    theme: Theme;
    service: TeamSyncService;
}

type LoadState =
    | { state: "loading" }
    | { state: "failed"; message: string }
    | { state: "unsavedTeam"; messageKey: string }
    | { state: "ready"; context: Extract<EditorContext, { kind: "ready" }>; org: LoadedOrg };

/** A session's starting point: its edits and seed survive a reload after a save conflict. */
interface Session {
    changes: readonly EditChange[];
    seed: string;
    /** Bumped on every reload so the editor starts afresh. */
    generation: number;
}

const useStyles = makeStyles({ root: { width: "100%", display: "flex", flexDirection: "column" } });

/** Theme, strings, loading and read-only state around the editor. */
export const TeamSyncRoot: React.FC<TeamSyncRootProps> = ({ height, impactReviewThreshold, getString, theme, service }) => {
    const styles = useStyles();
    const [load, setLoad] = React.useState<LoadState>({ state: "loading" });
    const [session, setSession] = React.useState<Session>(() => ({ changes: [], seed: newMemberId(), generation: 0 }));

    // The host hands a new getString on every update; loading must not restart for that.
    const strings = React.useRef(getString);
    strings.current = getString;
    React.useEffect(() => {
        const abort = new AbortController();
        setLoad({ state: "loading" });
        (async () => {
            markTiming("load-start");
            const context = await service.editorContext();
            if (context.kind === "unsavedTeam") return setLoad({ state: "unsavedTeam", messageKey: context.messageKey });
            const org = await service.load(abort.signal);
            markTiming("load-end");
            setLoad({ state: "ready", context, org });
        })().catch((error: unknown) => {
            if (abort.signal.aborted) return;
            const problem = toDataError(error);
            setLoad({ state: "failed", message: format(strings.current(problem.key), ...problem.args) });
        });
        return () => abort.abort();
    }, [service, session.generation]);

    const reload = React.useCallback((changes: readonly EditChange[]) => {
        setSession((current) => ({ changes, seed: changes.length > 0 ? current.seed : newMemberId(), generation: current.generation + 1 }));
    }, []);

    return (
        <FluentProvider theme={theme} className={styles.root} style={{ height }}>
            <StringsContext.Provider value={getString}>
                {load.state === "loading" && <Spinner label={getString("Editor_Loading")} />}
                {load.state === "failed" && (
                    <MessageBar intent="error">
                        <MessageBarBody>{load.message}</MessageBarBody>
                        <MessageBarActions>
                            <Button onClick={() => reload(session.changes)}>{getString("Editor_Retry")}</Button>
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
                        {load.context.readOnly && (
                            <MessageBar intent="warning">
                                <MessageBarBody>{getString(load.context.readOnly.messageKey)}</MessageBarBody>
                            </MessageBar>
                        )}
                        <EditorView
                            key={session.generation}
                            org={load.org}
                            teamId={load.context.teamId}
                            readOnlyKey={load.context.readOnly?.messageKey ?? null}
                            service={service}
                            initialChanges={session.changes}
                            seed={session.seed}
                            onReload={reload}
                            impactReviewThreshold={impactReviewThreshold}
                        />
                    </>
                )}
            </StringsContext.Provider>
        </FluentProvider>
    );
};
