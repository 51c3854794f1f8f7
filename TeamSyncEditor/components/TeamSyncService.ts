import type { EditChange, EditorContext, LoadedOrg, SaveReport, Write } from "../data/types";
import type { PropagationService } from "../data/propagation/propagationService";
import type { PreviewService } from "./impact/PreviewService";

/**
 * The editor's I/O, as one seam: the control wires it to the PCF context (`webAPI`, `mode`,
 * `utils`), tests to the in-memory Dataverse or to fakes. Everything pure is imported directly.
 */
export interface TeamSyncService extends PreviewService {
    /** Where the control sits and what it may do there (unsaved team, read-only and why). */
    editorContext(): Promise<EditorContext>;
    load(signal?: AbortSignal): Promise<LoadedOrg>;
    save(
        org: LoadedOrg,
        changes: readonly EditChange[],
        seed: string,
        onProgress: (done: number, total: number) => void,
    ): Promise<SaveReport>;
    /** Sends what a failed save left, in order. */
    resume(writes: readonly Write[], onProgress: (done: number, total: number) => void): Promise<SaveReport>;
    /** Propagation's status, "Turn on propagation" and "Reconcile now". */
    propagation: PropagationService;
}
