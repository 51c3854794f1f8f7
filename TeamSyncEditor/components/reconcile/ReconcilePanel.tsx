import * as React from "react";
import {
    Button,
    MessageBar,
    MessageBarActions,
    MessageBarBody,
    ProgressBar,
    makeStyles,
    tokens,
} from "@fluentui/react-components";
import { runReconcile, type ReconcilePageFn, type ReconcileRun } from "../../data/propagation/runReconcile";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";
import { applyResult, operationText, reportHeadline } from "./reconcileView";

export interface ReconcilePanelProps {
    teamId: string;
    reconcilePage: ReconcilePageFn;
    userName: (id: string) => string;
    /** Memberships the tab flags as out of sync: the button shows when there are any. */
    outOfSync: number;
    /** Called after an apply, so the tab reloads the memberships. */
    onApplied: () => void;
}

type Phase =
    | { phase: "idle" }
    | { phase: "reporting"; pages: number }
    | { phase: "report"; run: ReconcileRun }
    | { phase: "applying"; run: ReconcileRun; planned: number }
    | { phase: "applied"; run: ReconcileRun };

const useStyles = makeStyles({
    // In the tab's column it keeps its height: the report and its buttons never slide under the filter.
    root: { flexShrink: 0 },
    list: { maxHeight: "10rem", overflowY: "auto", margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** "Reconcile now": first what would change (report mode), then apply it page by page with progress and a result naming what failed. */
export const ReconcilePanel: React.FC<ReconcilePanelProps> = (props) => {
    const styles = useStyles();
    return (
        <div className={styles.root}>
            <ReconcileSteps {...props} />
        </div>
    );
};

const ReconcileSteps: React.FC<ReconcilePanelProps> = ({ teamId, reconcilePage, userName, outOfSync, onApplied }) => {
    const getString = useStrings();
    const styles = useStyles();
    const [state, setState] = React.useState<Phase>({ phase: "idle" });
    const abort = React.useRef<AbortController | null>(null);
    React.useEffect(() => () => abort.current?.abort(), []);

    const start = (): void => {
        abort.current = new AbortController();
        setState({ phase: "reporting", pages: 0 });
        void runReconcile(
            reconcilePage,
            "report",
            teamId,
            (run) => setState({ phase: "reporting", pages: run.pages }),
            abort.current.signal,
        ).then((run) => !abort.current?.signal.aborted && setState({ phase: "report", run }));
    };
    const apply = (planned: number): void => {
        abort.current = new AbortController();
        const empty: ReconcileRun = {
            mode: "apply",
            operations: [],
            pages: 0,
            adds: 0,
            removes: 0,
            failed: 0,
            error: null,
        };
        setState({ phase: "applying", run: empty, planned });
        void runReconcile(
            reconcilePage,
            "apply",
            teamId,
            (run) => setState({ phase: "applying", run, planned }),
            abort.current.signal,
        ).then((run) => {
            if (abort.current?.signal.aborted) return;
            setState({ phase: "applied", run });
            onApplied();
        });
    };

    if (state.phase === "idle") {
        return outOfSync === 0 ? null : <Button onClick={start}>{getString("Reconcile_Now")}</Button>;
    }
    if (state.phase === "reporting") {
        return (
            <MessageBar>
                <MessageBarBody role="status">
                    {format(getString("Reconcile_Reporting"), state.pages + 1)}
                </MessageBarBody>
            </MessageBar>
        );
    }
    if (state.phase === "applying") {
        const done = state.run.operations.length;
        return (
            <MessageBar>
                <MessageBarBody>
                    <div role="status">
                        {format(getString("Reconcile_Applying"), state.run.pages + 1, done, state.planned)}
                    </div>
                    <ProgressBar
                        value={state.planned === 0 ? 0 : Math.min(1, done / state.planned)}
                        aria-label={getString("Reconcile_Region")}
                    />
                </MessageBarBody>
            </MessageBar>
        );
    }
    const close = (
        <Button onClick={() => setState({ phase: "idle" })}>
            {getString(state.phase === "report" ? "Reconcile_Cancel" : "Reconcile_Close")}
        </Button>
    );
    if (state.phase === "report") {
        const { run } = state;
        const canApply = run.error === null && run.operations.length > 0;
        return (
            <MessageBar intent={run.error === null ? "info" : "error"} layout="multiline">
                <MessageBarBody>
                    <div role="status">{reportHeadline(run, getString)}</div>
                    {run.operations.length > 0 && (
                        <ul className={styles.list} aria-label={getString("Reconcile_Region")}>
                            {run.operations.map((op) => (
                                <li key={`${op.op}|${op.user}|${op.team}`}>{operationText(op, userName, getString)}</li>
                            ))}
                        </ul>
                    )}
                </MessageBarBody>
                <MessageBarActions>
                    {canApply && (
                        <Button appearance="primary" onClick={() => apply(run.operations.length)}>
                            {getString("Reconcile_Apply")}
                        </Button>
                    )}
                    {close}
                </MessageBarActions>
            </MessageBar>
        );
    }
    const result = applyResult(state.run, userName, getString);
    return (
        <MessageBar intent={result.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody role={result.ok ? "status" : "alert"}>
                {result.lines.map((line, i) => (
                    <div key={i}>{line}</div>
                ))}
            </MessageBarBody>
            <MessageBarActions>{close}</MessageBarActions>
        </MessageBar>
    );
};
