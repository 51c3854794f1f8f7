import * as React from "react";
import {
    Button,
    MessageBar,
    MessageBarActions,
    MessageBarBody,
    Table,
    TableBody,
    TableCell,
    TableHeader,
    TableHeaderCell,
    TableRow,
    Text,
    makeStyles,
    tokens,
} from "@fluentui/react-components";
import { toDataError } from "../../data/errors";
import type { PropagationService } from "../../data/propagation/propagationService";
import type { PropagationStatus as Status, TurnOnReport } from "../../data/propagation/types";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";
import { errorText, statusView, turnOnSummary } from "./statusView";

export interface PropagationStatusProps {
    service: PropagationService;
    now?: () => Date;
    formatDate?: (iso: string) => string;
}

type Load =
    | { state: "loading" }
    | { state: "failed"; message: string }
    | { state: "ready"; status: Status; mayRegister: boolean };
type TurnOn =
    { phase: "idle" } | { phase: "running"; done: number; total: number } | { phase: "done"; report: TurnOnReport };

const useStyles = makeStyles({
    // One line whatever the width, so that the editor below keeps its room; the whole text is in the details too.
    line: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
    report: {
        display: "flex",
        flexDirection: "column",
        padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
        flexShrink: 0,
    },
    // Bounded, so that open details leave the editor its room; scrolled with the keyboard too (focusable).
    details: {
        display: "flex",
        flexDirection: "column",
        rowGap: tokens.spacingVerticalXS,
        padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
        maxHeight: "160px",
        overflowY: "auto",
        flexShrink: 0,
    },
});

/** One line saying whether propagation works, its details on demand, and "Turn on propagation" for those who may. */
export const PropagationStatus: React.FC<PropagationStatusProps> = ({
    service,
    now = () => new Date(),
    formatDate = (iso) => new Date(iso).toLocaleString(),
}) => {
    const getString = useStrings();
    const styles = useStyles();
    const [load, setLoad] = React.useState<Load>({ state: "loading" });
    const [generation, setGeneration] = React.useState(0);
    const [open, setOpen] = React.useState(false);
    const [turnOn, setTurnOn] = React.useState<TurnOn>({ phase: "idle" });
    const strings = React.useRef(getString);
    strings.current = getString;

    React.useEffect(() => {
        const abort = new AbortController();
        Promise.all([service.propagationStatus(abort.signal), service.mayRegisterSteps()]).then(
            ([status, mayRegister]) => !abort.signal.aborted && setLoad({ state: "ready", status, mayRegister }),
            (error: unknown) =>
                !abort.signal.aborted &&
                setLoad({
                    state: "failed",
                    message: format(
                        strings.current("Propagation_StatusFailed"),
                        errorText(toDataError(error), strings.current),
                    ),
                }),
        );
        return () => abort.abort();
    }, [service, generation]);

    const runTurnOn = (): void => {
        setTurnOn({ phase: "running", done: 0, total: 0 });
        service
            .turnOnPropagation((done, total) => setTurnOn({ phase: "running", done, total }))
            .catch((error: unknown): TurnOnReport => ({ steps: [], stopped: toDataError(error) }))
            .then((report) => {
                setTurnOn({ phase: "done", report });
                setGeneration((g) => g + 1);
            });
    };

    // No live region for what shows on every load: the editor's own status announcements stay the only ones.
    if (load.state === "loading") return <Text size={200}>{getString("Propagation_Checking")}</Text>;
    if (load.state === "failed") {
        return (
            <MessageBar intent="warning">
                <MessageBarBody>{load.message}</MessageBarBody>
                <MessageBarActions>
                    <Button onClick={() => setGeneration((g) => g + 1)}>{getString("Propagation_Retry")}</Button>
                </MessageBarActions>
            </MessageBar>
        );
    }
    const view = statusView(load.status, now(), getString, formatDate);
    const summary = turnOn.phase === "done" ? turnOnSummary(turnOn.report, getString) : null;
    const askAdmin =
        !view.on && !load.mayRegister ? format(getString("Propagation_AskAdmin"), view.notWorking.join(", ")) : null;
    return (
        <section aria-label={getString("Propagation_Region")}>
            <MessageBar intent={view.on ? "success" : "warning"} layout="singleline">
                <MessageBarBody className={styles.line}>
                    {[view.headline, view.nightly, askAdmin]
                        .filter((part): part is string => part !== null)
                        .reduce((line, part) => format(getString("Propagation_Joined"), line, part))}
                </MessageBarBody>
                <MessageBarActions>
                    {!view.on && load.mayRegister && (
                        <Button appearance="primary" disabled={turnOn.phase === "running"} onClick={runTurnOn}>
                            {getString("Propagation_TurnOn")}
                        </Button>
                    )}
                    <Button aria-expanded={open} onClick={() => setOpen(!open)}>
                        {getString("Propagation_Details")}
                    </Button>
                </MessageBarActions>
            </MessageBar>
            {turnOn.phase === "running" && (
                <div role="status" className={styles.report}>
                    {format(getString("Propagation_TurningOn"), turnOn.done, turnOn.total)}
                </div>
            )}
            {summary !== null && (
                <div role={summary.ok ? "status" : "alert"} className={styles.report}>
                    {summary.lines.map((line) => (
                        <div key={line}>{line}</div>
                    ))}
                </div>
            )}
            {open && (
                <div
                    className={styles.details}
                    role="region"
                    aria-label={getString("Propagation_DetailsRegion")}
                    tabIndex={0}
                >
                    {view.nightly !== null && <Text>{view.nightly}</Text>}
                    {askAdmin !== null && <Text>{askAdmin}</Text>}
                    <Table size="extra-small" aria-label={getString("Propagation_StepsTable")}>
                        <TableHeader>
                            <TableRow>
                                <TableHeaderCell>{getString("Propagation_Col_Step")}</TableHeaderCell>
                                <TableHeaderCell>{getString("Propagation_Col_Registered")}</TableHeaderCell>
                                <TableHeaderCell>{getString("Propagation_Col_Enabled")}</TableHeaderCell>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {view.steps.map((step) => (
                                <TableRow key={step.label}>
                                    <TableCell>{step.label}</TableCell>
                                    <TableCell>{step.registered}</TableCell>
                                    <TableCell>{step.enabled}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                    <Text weight="semibold">{getString("Propagation_Failures")}</Text>
                    {view.failures.length === 0 ? (
                        <Text>{getString("Propagation_NoFailures")}</Text>
                    ) : (
                        view.failures.map((line, i) => <Text key={i}>{line}</Text>)
                    )}
                </div>
            )}
        </section>
    );
};
