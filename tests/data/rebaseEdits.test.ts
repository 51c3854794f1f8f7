import { FakeRequest, FakeWebApi, privilegeDenied } from "../../playground/dataverse";
import { loadSyncData } from "../../TeamSyncEditor/data/loadSyncData";
import { planWrites } from "../../TeamSyncEditor/data/planWrites";
import { rebaseEdits } from "../../TeamSyncEditor/data/rebaseEdits";
import { saveEdits } from "../../TeamSyncEditor/data/saveEdits";
import type { EditChange } from "../../TeamSyncEditor/data/types";
import { sampleOrg } from "./sampleOrg";

const SEED = "seed-rebase";
const M1 = "11111111-1111-4111-8111-000000000001";
const M2 = "11111111-1111-4111-8111-000000000002";
const isWrite = (r: FakeRequest) => r.method !== "GET";

function edits(org: ReturnType<typeof sampleOrg>): EditChange[] {
    return [
        {
            kind: "addLink",
            memberId: M1,
            parentTeamId: org.teams.A,
            childTeamId: org.teams.D,
            direction: "one-way",
            order: 1,
            roleId: null,
        },
        {
            kind: "addLink",
            memberId: M2,
            parentTeamId: org.teams.A,
            childTeamId: org.teams.X,
            direction: "one-way",
            order: 2,
            roleId: null,
        },
        { kind: "removeLink", memberId: org.members.b },
        { kind: "changeOrder", memberId: org.members.c, order: 5 },
    ];
}

describe("a second save after one that stopped part way", () => {
    it("writes a create's values over the record an earlier attempt made, so a later change to it is saved", async () => {
        const org = sampleOrg();
        let writes = 0;
        const webApi = new FakeWebApi(org.store, {
            fault: (r) =>
                isWrite(r) && r.data?.nw_teamsyncmemberid === M2 && ++writes === 1
                    ? privilegeDenied("prvCreatenw_teamsyncmember")
                    : undefined,
        });
        const loaded = await loadSyncData(webApi);
        const adds = edits(org).slice(0, 2);
        expect((await saveEdits(webApi, loaded, adds, { seed: SEED })).status).toBe("failed");
        expect(org.store.retrieve("nw_teamsyncmember", M1)?.nw_syncorder).toBe(1);

        // The admin changes M1's order to 7 and saves again, from the same loaded records.
        const report = await saveEdits(webApi, loaded, [...adds, { kind: "changeOrder", memberId: M1, order: 7 }], {
            seed: SEED,
        });
        expect(report.status).toBe("saved");
        expect(org.store.retrieve("nw_teamsyncmember", M1)?.nw_syncorder).toBe(7);
        expect(org.store.retrieve("nw_teamsyncmember", M2)).toBeDefined();
    });

    it("carries the edits over to what is now saved: only what is left is written, a later change included", async () => {
        const org = sampleOrg();
        let writes = 0;
        const webApi = new FakeWebApi(org.store, {
            fault: (r) => (isWrite(r) && ++writes === 4 ? privilegeDenied("prvCreatenw_teamsyncmember") : undefined),
        });
        const before = await loadSyncData(webApi);
        const first = await saveEdits(webApi, before, edits(org), { seed: SEED });
        expect(first.status === "failed" && first.written.map((w) => w.id)).toEqual([org.members.b, org.members.c, M1]);

        const now = await loadSyncData(webApi);
        const later: EditChange[] = [...edits(org), { kind: "changeOrder", memberId: M1, order: 7 }];
        const rebased = rebaseEdits(before, later, SEED, now);
        expect(rebased.conflicts).toEqual([]);
        expect(planWrites(now, rebased.changes, SEED).map((w) => [w.op, w.id])).toEqual([
            ["update", M1],
            ["create", M2],
        ]);

        const second = await saveEdits(webApi, now, rebased.changes, { seed: SEED });
        expect(second.status).toBe("saved");
        const saved = await loadSyncData(webApi);
        expect(saved.members.find((m) => m.id === M1)?.order).toBe(7);
        expect(saved.members.find((m) => m.id === M2)?.active).toBe(true);
        expect(saved.members.find((m) => m.id === org.members.b)?.active).toBe(false);
        expect(saved.members.find((m) => m.id === org.members.c)?.order).toBe(5);
    });
});

describe("rebaseEdits", () => {
    it("keeps the admin's edit where someone else changed the same field, names the clash, and keeps their other changes", async () => {
        const org = sampleOrg();
        const webApi = new FakeWebApi(org.store);
        const before = await loadSyncData(webApi);
        org.store.update("nw_teamsyncmember", org.members.c, { nw_syncorder: 99 });
        org.store.update("nw_teamsyncmember", org.members.b, { nw_syncorder: 42 });
        const now = await loadSyncData(webApi);

        const rebased = rebaseEdits(
            before,
            [
                { kind: "changeOrder", memberId: org.members.c, order: 5 },
                { kind: "changeRole", memberId: org.members.b, roleId: org.roleSlo },
            ],
            SEED,
            now,
        );
        expect(rebased.changes).toEqual([
            { kind: "changeRole", memberId: org.members.b, roleId: org.roleSlo },
            { kind: "changeOrder", memberId: org.members.c, order: 5 },
        ]);
        expect(rebased.conflicts).toEqual([
            { table: "member", id: org.members.c, key: "Data_Rebase_Changed_Order", args: ["Alpha → Charlie"] },
        ]);
        const writes = planWrites(now, rebased.changes, SEED);
        // b keeps the order someone else gave it; only its role is written.
        expect(writes.find((w) => w.id === org.members.b)?.data).toEqual({
            "nw_requiredroleid@odata.bind": `/roles(${org.roleSlo})`,
        });
    });

    it("adds again, as edited, a link someone else deleted, and says so", async () => {
        const org = sampleOrg();
        const webApi = new FakeWebApi(org.store);
        const before = await loadSyncData(webApi);
        org.store.delete("nw_teamsyncmember", org.members.c);
        const now = await loadSyncData(webApi);
        const rebased = rebaseEdits(before, [{ kind: "changeOrder", memberId: org.members.c, order: 5 }], SEED, now);
        expect(rebased.changes).toEqual([
            {
                kind: "addLink",
                memberId: org.members.c,
                parentTeamId: org.teams.A,
                childTeamId: org.teams.C,
                direction: "one-way",
                order: 5,
                roleId: null,
            },
        ]);
        expect(rebased.conflicts).toEqual([
            { table: "member", id: org.members.c, key: "Data_Rebase_Readded", args: ["Alpha → Charlie"] },
        ]);
    });

    it("drops nothing when nothing changed: the rebased edits write what the original ones did", async () => {
        const org = sampleOrg();
        const webApi = new FakeWebApi(org.store);
        const before = await loadSyncData(webApi);
        const changes: EditChange[] = [
            ...edits(org),
            { kind: "changeDirection", memberId: org.members.c, direction: "bidirectional" },
        ];
        const rebased = rebaseEdits(before, changes, SEED, await loadSyncData(webApi));
        const sorted = (ws: ReturnType<typeof planWrites>) =>
            ws.map((w) => JSON.stringify([w.op, w.id, w.data])).sort();
        expect(sorted(planWrites(before, rebased.changes, SEED))).toEqual(sorted(planWrites(before, changes, SEED)));
        expect(rebased.conflicts).toEqual([]);
    });
});
