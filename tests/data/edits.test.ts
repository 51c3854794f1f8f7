import { FakeWebApi } from "../../playground/dataverse";
import { applyEdits } from "../../TeamSyncEditor/data/applyEdits";
import { loadSyncData } from "../../TeamSyncEditor/data/loadSyncData";
import { planWrites } from "../../TeamSyncEditor/data/planWrites";
import { resolveEdits } from "../../TeamSyncEditor/data/resolveEdits";
import { EditChange, LoadedOrg } from "../../TeamSyncEditor/data/types";
import { sampleOrg, SampleOrg } from "./sampleOrg";

const SEED = "seed-1";
const NEW_MEMBER = "11111111-1111-4111-8111-000000000001";

async function setup(): Promise<{ org: SampleOrg; loaded: LoadedOrg }> {
    const org = sampleOrg();
    return { org, loaded: await loadSyncData(new FakeWebApi(org.store)) };
}

describe("edits", () => {
    it("puts an added link into the parent's configuration of that direction", async () => {
        const { org, loaded } = await setup();
        const add: EditChange = {
            kind: "addLink",
            memberId: NEW_MEMBER,
            parentTeamId: org.teams.A,
            childTeamId: org.teams.D,
            direction: "one-way",
            order: 30,
            roleId: org.roleSlo,
        };
        const model = applyEdits(loaded, [add], SEED);
        expect(model.configs).toHaveLength(1);
        expect(model.configs[0].members.map((m) => m.child)).toEqual([org.teams.B, org.teams.C, org.teams.D]);
        expect(planWrites(loaded, [add], SEED)).toEqual([
            {
                op: "create",
                table: "nw_teamsyncmember",
                id: NEW_MEMBER,
                name: "Alpha → Delta",
                effect: "create",
                data: {
                    nw_teamsyncmemberid: NEW_MEMBER,
                    nw_name: "Alpha → Delta",
                    "nw_teamsyncgroupid@odata.bind": `/nw_teamsyncgroups(${org.oneWay})`,
                    "nw_childteamid@odata.bind": `/teams(${org.teams.D})`,
                    nw_syncorder: 30,
                    "nw_requiredroleid@odata.bind": `/roles(${org.roleSlo})`,
                    statecode: 0,
                    statuscode: 1,
                },
            },
        ]);
    });

    it("creates the configuration of the other direction when missing, before its member", async () => {
        const { org, loaded } = await setup();
        const add: EditChange = {
            kind: "addLink",
            memberId: NEW_MEMBER,
            parentTeamId: org.teams.A,
            childTeamId: org.teams.D,
            direction: "bidirectional",
            order: null,
            roleId: null,
        };
        const writes = planWrites(loaded, [add], SEED);
        expect(writes.map((w) => [w.op, w.table])).toEqual([
            ["create", "nw_teamsyncgroup"],
            ["create", "nw_teamsyncmember"],
        ]);
        expect(writes[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(writes[0].data).toMatchObject({
            nw_syncdirection: 2,
            "nw_parentteamid@odata.bind": `/teams(${org.teams.A})`,
        });
        expect(writes[1].data["nw_teamsyncgroupid@odata.bind"]).toBe(`/nw_teamsyncgroups(${writes[0].id})`);
        // The preview names the same new configuration as the save.
        const model = applyEdits(loaded, [add], SEED);
        expect(model.configs.map((c) => c.id)).toContain(writes[0].id);
        expect(planWrites(loaded, [add], "another session")[0].id).not.toBe(writes[0].id);
    });

    it("writes nothing for a link created and removed before saving", async () => {
        const { org, loaded } = await setup();
        const changes: EditChange[] = [
            {
                kind: "addLink",
                memberId: NEW_MEMBER,
                parentTeamId: org.teams.B,
                childTeamId: org.teams.D,
                direction: "one-way",
                order: null,
                roleId: null,
            },
            { kind: "changeOrder", memberId: NEW_MEMBER, order: 5 },
            { kind: "removeLink", memberId: NEW_MEMBER },
        ];
        expect(planWrites(loaded, changes, SEED)).toEqual([]);
        expect(applyEdits(loaded, changes, SEED)).toEqual(loaded.model);
    });

    it("deactivates a removed link instead of deleting it", async () => {
        const { org, loaded } = await setup();
        const writes = planWrites(loaded, [{ kind: "removeLink", memberId: org.members.b }], SEED);
        expect(writes).toEqual([
            {
                op: "update",
                table: "nw_teamsyncmember",
                id: org.members.b,
                name: "Alpha → Bravo",
                effect: "deactivate",
                data: { statecode: 1, statuscode: 2 },
            },
        ]);
    });

    it("moves a member to the configuration of the other direction", async () => {
        const { org, loaded } = await setup();
        const changes: EditChange[] = [
            { kind: "changeDirection", memberId: org.members.c, direction: "bidirectional" },
        ];
        const writes = planWrites(loaded, changes, SEED);
        expect(writes.map((w) => [w.op, w.table, w.id === org.members.c])).toEqual([
            ["create", "nw_teamsyncgroup", false],
            ["update", "nw_teamsyncmember", true],
        ]);
        expect(writes[1].data).toEqual({ "nw_teamsyncgroupid@odata.bind": `/nw_teamsyncgroups(${writes[0].id})` });
        const model = applyEdits(loaded, changes, SEED);
        expect(model.configs.find((c) => c.direction === "bidirectional")?.members.map((m) => m.child)).toEqual([
            org.teams.C,
        ]);

        // Moved back again: no configuration is created and the member does not move.
        const back: EditChange[] = [
            ...changes,
            { kind: "changeDirection", memberId: org.members.c, direction: "one-way" },
        ];
        expect(planWrites(loaded, back, SEED)).toEqual([]);
    });

    it("changes order, role, state and name with only the changed columns", async () => {
        const { org, loaded } = await setup();
        const changes: EditChange[] = [
            { kind: "changeOrder", memberId: org.members.b, order: null },
            { kind: "changeRole", memberId: org.members.c, roleId: org.roleSlo },
            { kind: "renameConfiguration", configurationId: org.oneWay, name: "<b>renamed</b>" },
            { kind: "deactivate", table: "configuration", id: org.oneWay },
        ];
        const writes = planWrites(loaded, changes, SEED);
        expect(writes.map((w) => [w.id, w.data])).toEqual([
            [org.oneWay, { nw_name: "<b>renamed</b>", statecode: 1, statuscode: 2 }],
            [org.members.b, { nw_syncorder: null }],
            [org.members.c, { "nw_requiredroleid@odata.bind": `/roles(${org.roleSlo})` }],
        ]);
        const clear = planWrites(
            loaded,
            [...changes, { kind: "changeRole", memberId: org.members.c, roleId: null }],
            SEED,
        );
        expect(clear.find((w) => w.id === org.members.c)).toBeUndefined();
        expect(applyEdits(loaded, changes, SEED).configs[0].active).toBe(false);
    });

    it("refuses a change naming a record it does not know", async () => {
        const { loaded } = await setup();
        expect(() => resolveEdits(loaded, [{ kind: "removeLink", memberId: "nope" }], SEED)).toThrow("No member nope");
    });
});
