import * as React from "react";
import { planWrites } from "../../data/planWrites";
import { remainingWrites } from "../../data/saveEdits";
import type { EditChange, LoadedOrg, SaveReport } from "../../data/types";
import { ReloadKind, reloadOnClose, reloadOnRequest, saveFlowReducer, SavePhase } from "../../state/saveFlow";
import type { TeamSyncService } from "../TeamSyncService";

export interface SaveFlowOptions {
    service: TeamSyncService;
    org: LoadedOrg;
    /** The edits as they stand now. */
    changes: readonly EditChange[];
    seed: string;
    /** Reload the organisation: afresh, or keeping the edits. */
    onReload: (kind: ReloadKind) => void;
}

export interface SaveFlow {
    /** The dialog's phase, or null while it is closed. */
    phase: SavePhase | null;
    /** Opens the confirmation with the writes the edits need. */
    open: () => void;
    confirm: () => void;
    retry: () => void;
    reload: () => void;
    close: () => void;
}

/** The save dialog's I/O: the phases are `saveFlowReducer`'s; this sends the writes and reloads. */
export function useSave({ service, org, changes, seed, onReload }: SaveFlowOptions): SaveFlow {
    const [phase, dispatch] = React.useReducer(saveFlowReducer, null);

    const run = (
        send: (progress: (done: number, total: number) => void) => Promise<SaveReport>,
        total: number,
    ): void => {
        dispatch({ type: "progress", done: 0, total });
        send((done, all) => dispatch({ type: "progress", done, total: all })).then(
            (report) => dispatch({ type: "finished", report }),
            (error: unknown) =>
                dispatch({ type: "crashed", detail: error instanceof Error ? error.message : String(error) }),
        );
    };

    return {
        phase,
        open: () => dispatch({ type: "open", writes: planWrites(org, changes, seed) }),
        confirm: () =>
            run(
                (progress) => service.save(org, changes, seed, progress),
                phase?.phase === "confirm" ? phase.writes.length : 0,
            ),
        retry: () => {
            if (phase?.phase !== "report" || phase.report.status !== "failed") return;
            const left = remainingWrites(phase.report);
            run((progress) => service.resume(left, progress), left.length);
        },
        reload: () => onReload(reloadOnRequest(phase)),
        close: () => {
            const reload = reloadOnClose(phase);
            if (reload) onReload(reload);
            else dispatch({ type: "close" });
        },
    };
}
