import { FakeWebApi } from "../../playground/dataverse";
import { newMemberId, sessionModel, sessionWrites, startEditSession, undoChange, withChange } from "../../TeamSyncEditor/data/editSession";
import { loadSyncData } from "../../TeamSyncEditor/data/loadSyncData";
import { sampleOrg } from "./sampleOrg";

describe("edit session", () => {
    it("keeps changes in order, previews and plans them with one seed, and undoes the last", async () => {
        const org = sampleOrg();
        const loaded = await loadSyncData(new FakeWebApi(org.store));
        const ids = ["seed-a", "22222222-2222-4222-8222-000000000001"];
        const session = startEditSession(loaded, () => ids.shift() as string);
        expect(session).toEqual({ loaded, changes: [], seed: "seed-a" });
        expect(sessionModel(session)).toBe(loaded.model);

        const memberId = newMemberId(() => ids.shift() as string);
        const edited = withChange(session, {
            kind: "addLink", memberId, parentTeamId: org.teams.B, childTeamId: org.teams.D, direction: "one-way", order: null, roleId: null,
        });
        const writes = sessionWrites(edited);
        expect(writes.map((w) => w.op)).toEqual(["create", "create"]);
        expect(sessionModel(edited).configs.map((c) => c.id)).toEqual([org.oneWay, writes[0].id]);
        expect(sessionWrites(edited)).toEqual(writes);
        expect(session.changes).toEqual([]);
        expect(undoChange(edited).changes).toEqual([]);
    });
});
