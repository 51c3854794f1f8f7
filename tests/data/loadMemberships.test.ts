import { FakeWebApi, seedLog, seedMembership, seedUser, seedUserRole } from "../../playground/dataverse";
import { loadMemberships } from "../../TeamSyncEditor/data/loadMemberships";
import { sampleOrg } from "./sampleOrg";

function orgWithPeople() {
    const org = sampleOrg();
    const ann = seedUser(org.store, "Ann <script>");
    const bob = seedUser(org.store, "Bob");
    const cat = seedUser(org.store, "Cat");
    seedMembership(org.store, org.teams.A, ann);
    seedMembership(org.store, org.teams.B, ann);
    seedMembership(org.store, org.teams.D, ann);
    seedMembership(org.store, org.teams.B, bob);
    seedMembership(org.store, org.teams.C, cat);
    // Bob's role is the copy in another business unit: it counts as the root role.
    const copy = org.store.rows("role").find((r) => r.roleid !== org.roleSlo)?.roleid as string;
    seedUserRole(org.store, bob, copy);
    seedUserRole(org.store, ann, org.roleSlo);
    // Ann's B: synced, then a failed manual attempt that changed nothing. Bob's B: synced, then re-added by hand.
    seedLog(org.store, { userId: ann, teamId: org.teams.B, operation: "join", cause: "sync", sourceTeamId: org.teams.A, path: "A,B", createdOn: "2025-01-02T00:00:00Z" });
    seedLog(org.store, { userId: ann, teamId: org.teams.B, operation: "join", cause: "manual", outcome: "failed", errorText: "boom", createdOn: "2025-01-03T00:00:00Z" });
    seedLog(org.store, { userId: bob, teamId: org.teams.B, operation: "join", cause: "sync", createdOn: "2025-01-02T00:00:00Z" });
    seedLog(org.store, { userId: bob, teamId: org.teams.B, operation: "join", cause: "manual", createdOn: "2025-01-04T00:00:00Z" });
    return { org, ann, bob, cat };
}

describe("loadMemberships", () => {
    it("reads the users of the given teams with all their memberships, provenance, root roles and names", async () => {
        const { org, ann, bob } = orgWithPeople();
        const webApi = new FakeWebApi(org.store);
        const result = await loadMemberships(webApi, [org.teams.B.toUpperCase()], { pageSize: 2 });

        expect([...result.memberships.keys()].sort()).toEqual([ann, bob].sort());
        expect(result.memberships.get(ann)).toEqual(new Map([[org.teams.A, "manual"], [org.teams.B, "sync"], [org.teams.D, "manual"]]));
        expect(result.memberships.get(bob)).toEqual(new Map([[org.teams.B, "manual"]]));
        expect(result.userRoles.get(bob)).toEqual(new Set([org.roleSlo]));
        expect(result.userRoles.get(ann)).toEqual(new Set([org.roleSlo]));
        expect(result.users.get(ann)).toBe("Ann <script>");
        expect(result.log.map((l) => l.createdOn)).toEqual([
            "2025-01-04T00:00:00Z", "2025-01-03T00:00:00Z", "2025-01-02T00:00:00Z", "2025-01-02T00:00:00Z",
        ]);
        expect(result.log.find((l) => l.outcome === "failed")).toMatchObject({ userId: ann, cause: "manual", errorText: "boom" });
        expect(result.log.find((l) => l.path === "A,B")).toMatchObject({ sourceTeamId: org.teams.A, operation: "join" });
        expect(result.requestCount).toBe(webApi.requests.length);
        // The intersect table itself is queried, filtered on the team.
        expect(webApi.requests[0]).toMatchObject({ entity: "teammembership" });
        expect(webApi.requests[0].options).toContain(`teamid eq ${org.teams.B}`);
    });

    it("returns nobody for a team without members", async () => {
        const { org } = orgWithPeople();
        const result = await loadMemberships(new FakeWebApi(org.store), [org.teams.G]);
        expect(result.memberships.size).toBe(0);
        expect(result.users.size).toBe(0);
    });
});
