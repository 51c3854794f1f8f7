import { FakeRequest, FakeWebApi, offline, privilegeDenied, throttled } from "../../playground/dataverse";
import { loadSyncData } from "../../TeamSyncEditor/data/loadSyncData";
import { remainingWrites, resumeSave, saveEdits } from "../../TeamSyncEditor/data/saveEdits";
import { EditChange, SaveReport } from "../../TeamSyncEditor/data/types";
import { instantRetry, sampleOrg } from "./sampleOrg";

const SEED = "seed-1";
const M1 = "11111111-1111-4111-8111-000000000001";
const M2 = "11111111-1111-4111-8111-000000000002";

/** Five writes: a new bidirectional configuration, two members in it, and two member updates. */
function fiveChanges(org: ReturnType<typeof sampleOrg>): EditChange[] {
    return [
        {
            kind: "addLink",
            memberId: M1,
            parentTeamId: org.teams.D,
            childTeamId: org.teams.B,
            direction: "bidirectional",
            order: 1,
            roleId: null,
        },
        {
            kind: "addLink",
            memberId: M2,
            parentTeamId: org.teams.D,
            childTeamId: org.teams.X,
            direction: "bidirectional",
            order: 2,
            roleId: null,
        },
        { kind: "removeLink", memberId: org.members.b },
        { kind: "changeOrder", memberId: org.members.c, order: 5 },
    ];
}

const isWrite = (r: FakeRequest) => r.method !== "GET";

describe("saveEdits", () => {
    it("saves every write in order and the reload shows the edits", async () => {
        const org = sampleOrg();
        const webApi = new FakeWebApi(org.store);
        const loaded = await loadSyncData(webApi);
        const progress: string[] = [];
        const report = await saveEdits(webApi, loaded, fiveChanges(org), {
            seed: SEED,
            onProgress: (d, t) => progress.push(`${d}/${t}`),
        });

        expect(report.status).toBe("saved");
        expect(progress).toEqual(["1/5", "2/5", "3/5", "4/5", "5/5"]);
        const reloaded = await loadSyncData(webApi);
        const bidirectional = reloaded.model.configs.find((c) => c.parent === org.teams.D);
        expect(bidirectional?.direction).toBe("bidirectional");
        expect(bidirectional?.members.map((m) => m.child)).toEqual([org.teams.B, org.teams.X]);
        expect(reloaded.members.find((m) => m.id === org.members.b)?.active).toBe(false);
        expect(reloaded.members.find((m) => m.id === org.members.c)?.order).toBe(5);
        expect(reloaded.members.find((m) => m.id === M2)?.name).toBe("Delta → <img src=x onerror=alert(1)>");
    });

    it("writes nothing and names the records when someone changed or deleted them since loading", async () => {
        const org = sampleOrg();
        const webApi = new FakeWebApi(org.store);
        const loaded = await loadSyncData(webApi);
        org.store.update("nw_teamsyncmember", org.members.c, { nw_syncorder: 99 });
        org.store.delete("nw_teamsyncmember", org.members.b);
        const before = webApi.requests.length;

        const report = await saveEdits(webApi, loaded, fiveChanges(org), { seed: SEED });

        expect(report).toEqual({
            status: "conflict",
            conflicts: [
                {
                    table: "nw_teamsyncmember",
                    id: org.members.b,
                    name: "Alpha → Bravo",
                    reason: "gone",
                    key: "Data_Conflict_Gone",
                    args: ["Alpha → Bravo"],
                },
                {
                    table: "nw_teamsyncmember",
                    id: org.members.c,
                    name: "Alpha → Charlie",
                    reason: "changed",
                    key: "Data_Conflict_Changed",
                    args: ["Alpha → Charlie"],
                },
            ],
        });
        expect(webApi.requests.slice(before).filter(isWrite)).toEqual([]);
    });

    it("treats a configuration deactivated elsewhere as a conflict when a new link joins it", async () => {
        const org = sampleOrg();
        const webApi = new FakeWebApi(org.store);
        const loaded = await loadSyncData(webApi);
        org.store.update("nw_teamsyncgroup", org.oneWay, { statecode: 1, statuscode: 2 });
        const add: EditChange = {
            kind: "addLink",
            memberId: M1,
            parentTeamId: org.teams.A,
            childTeamId: org.teams.D,
            direction: "one-way",
            order: null,
            roleId: null,
        };
        const report = await saveEdits(webApi, loaded, [add], { seed: SEED });
        expect(report.status === "conflict" && report.conflicts.map((c) => c.id)).toEqual([org.oneWay]);
    });

    it("stops at a failure on the third write of five, reports it, and a retry sends the rest", async () => {
        const org = sampleOrg();
        let writes = 0;
        const webApi = new FakeWebApi(org.store, {
            fault: (r) => (isWrite(r) && ++writes === 3 ? privilegeDenied("prvCreatenw_teamsyncmember") : undefined),
        });
        const loaded = await loadSyncData(webApi);
        const report = await saveEdits(webApi, loaded, fiveChanges(org), { seed: SEED });

        expect(report.status).toBe("failed");
        const failed = report as Extract<SaveReport, { status: "failed" }>;
        expect(failed.written.map((w) => [w.op, w.table])).toEqual([
            ["create", "nw_teamsyncgroup"],
            ["update", "nw_teamsyncmember"],
        ]);
        expect(failed.written[1].id).toBe(org.members.b);
        expect(failed.failed.write?.id).toBe(org.members.c);
        expect(failed.failed.error).toMatchObject({ kind: "privilege", key: "Data_Error_Privilege" });
        expect(failed.failed.error.detail).toContain("prvCreatenw_teamsyncmember");
        expect(failed.notTried.map((w) => w.id)).toEqual([M1, M2]);
        expect(org.store.retrieve("nw_teamsyncmember", M1)).toBeUndefined();
        expect(org.store.retrieve("nw_teamsyncmember", org.members.c)?.nw_syncorder).toBe(20);

        const retry = await resumeSave(webApi, remainingWrites(failed));
        expect(retry).toEqual({ status: "saved", written: remainingWrites(failed) });
        const reloaded = await loadSyncData(webApi);
        expect(reloaded.model.configs.find((c) => c.parent === org.teams.D)?.members.map((m) => m.child)).toEqual([
            org.teams.B,
            org.teams.X,
        ]);
        expect(reloaded.members.find((m) => m.id === org.members.c)?.order).toBe(5);
    });

    it("counts a create whose earlier answer was lost as written on retry", async () => {
        const org = sampleOrg();
        const webApi = new FakeWebApi(org.store);
        const loaded = await loadSyncData(webApi);
        const add: EditChange = {
            kind: "addLink",
            memberId: M1,
            parentTeamId: org.teams.A,
            childTeamId: org.teams.D,
            direction: "one-way",
            order: null,
            roleId: null,
        };
        const first = await saveEdits(webApi, loaded, [add], { seed: SEED });
        expect(first.status).toBe("saved");
        const again = await resumeSave(webApi, first.status === "saved" ? first.written : []);
        expect(again.status).toBe("saved");
        expect(org.store.rows("nw_teamsyncmember").filter((m) => m.nw_teamsyncmemberid === M1)).toHaveLength(1);
    });

    it("retries a throttled write and reports offline as readable", async () => {
        const org = sampleOrg();
        let throttles = 1;
        const waits: number[] = [];
        const webApi = new FakeWebApi(org.store, {
            fault: (r) => (isWrite(r) && throttles-- > 0 ? throttled(2) : undefined),
        });
        const loaded = await loadSyncData(webApi);
        const saved = await saveEdits(webApi, loaded, [{ kind: "removeLink", memberId: org.members.b }], {
            seed: SEED,
            retry: { sleep: async (ms) => void waits.push(ms) },
        });
        expect(saved.status).toBe("saved");
        expect(waits).toEqual([2000]);

        const down = new FakeWebApi(org.store, { fault: () => offline() });
        const report = await saveEdits(down, loaded, [{ kind: "removeLink", memberId: org.members.c }], {
            seed: SEED,
            retry: instantRetry,
        });
        expect(report).toMatchObject({
            status: "failed",
            written: [],
            failed: { write: null, error: { kind: "offline", key: "Data_Error_Offline" } },
            notTried: [{ id: org.members.c }],
        });
    });
});
