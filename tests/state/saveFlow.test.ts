import type { SaveReport, Write } from "../../TeamSyncEditor/data/types";
import {
    reloadOnClose,
    reloadOnRequest,
    saveFlowReducer,
    SaveEvent,
    SavePhase,
} from "../../TeamSyncEditor/state/saveFlow";

const write: Write = {
    op: "update",
    table: "nw_teamsyncmember",
    id: "m1",
    data: { nw_syncorder: 2 },
    name: "A → B",
    effect: "update",
};
const run = (...events: SaveEvent[]): SavePhase | null => events.reduce(saveFlowReducer, null as SavePhase | null);
const saved: SaveReport = { status: "saved", written: [write] };
const failed: SaveReport = {
    status: "failed",
    written: [],
    failed: { write, error: { kind: "privilege", key: "Data_Error_Privilege", args: [], detail: "", errorCode: null } },
    notTried: [],
};
const conflict: SaveReport = { status: "conflict", conflicts: [] };

describe("saveFlowReducer", () => {
    it("goes from the confirmation through progress to the report, and closes", () => {
        expect(run({ type: "open", writes: [write] })).toEqual({ phase: "confirm", writes: [write] });
        expect(run({ type: "open", writes: [write] }, { type: "progress", done: 0, total: 1 })).toEqual({
            phase: "saving",
            done: 0,
            total: 1,
        });
        expect(run({ type: "progress", done: 1, total: 1 }, { type: "finished", report: saved })).toEqual({
            phase: "report",
            report: saved,
        });
        expect(run({ type: "progress", done: 0, total: 1 }, { type: "crashed", detail: "boom" })).toEqual({
            phase: "error",
            detail: "boom",
        });
        expect(run({ type: "open", writes: [] }, { type: "close" })).toBeNull();
    });

    it("reloads afresh on closing only after a save that succeeded", () => {
        expect(reloadOnClose(run({ type: "finished", report: saved }))).toBe("fresh");
        expect(reloadOnClose(run({ type: "open", writes: [write] }))).toBeNull();
    });

    // Closing after a save that stopped part way kept the stale records (defect 1), and
    // Reload after it discarded the unwritten edits (defect 4). Both now carry the edits over.
    it("carries the edits over to what is now saved after a save that stopped, on Close and on Reload", () => {
        expect(reloadOnClose(run({ type: "finished", report: failed }))).toBe("rebase");
        expect(reloadOnClose(run({ type: "crashed", detail: "lost" }))).toBe("rebase");
        expect(reloadOnRequest(run({ type: "finished", report: failed }))).toBe("rebase");
        expect(reloadOnRequest(run({ type: "crashed", detail: "lost" }))).toBe("rebase");
        expect(reloadOnRequest(run({ type: "finished", report: conflict }))).toBe("rebase");
        expect(reloadOnRequest(run({ type: "finished", report: saved }))).toBe("fresh");
    });
});
