import {
    FakeRequest,
    FakeWebApi,
    seedLog,
    seedMembership,
    seedUser,
    seedUserRole,
    throttled,
} from "../../playground/dataverse";
import { MAX_RETRY_AFTER_SECONDS } from "../../TeamSyncEditor/data/retry";
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
    seedLog(org.store, {
        userId: ann,
        teamId: org.teams.B,
        operation: "join",
        cause: "sync",
        sourceTeamId: org.teams.A,
        path: "A,B",
        createdOn: "2025-01-02T00:00:00Z",
    });
    seedLog(org.store, {
        userId: ann,
        teamId: org.teams.B,
        operation: "join",
        cause: "manual",
        outcome: "failed",
        errorText: "boom",
        createdOn: "2025-01-03T00:00:00Z",
    });
    seedLog(org.store, {
        userId: bob,
        teamId: org.teams.B,
        operation: "join",
        cause: "sync",
        createdOn: "2025-01-02T00:00:00Z",
    });
    seedLog(org.store, {
        userId: bob,
        teamId: org.teams.B,
        operation: "join",
        cause: "manual",
        createdOn: "2025-01-04T00:00:00Z",
    });
    return { org, ann, bob, cat };
}

describe("loadMemberships", () => {
    it("reads the users of the given teams with all their memberships, provenance, root roles and names", async () => {
        const { org, ann, bob } = orgWithPeople();
        const webApi = new FakeWebApi(org.store);
        const result = await loadMemberships(webApi, [org.teams.B.toUpperCase()], { pageSize: 2 });

        expect([...result.memberships.keys()].sort()).toEqual([ann, bob].sort());
        expect(result.memberships.get(ann)).toEqual(
            new Map([
                [org.teams.A, "manual"],
                [org.teams.B, "sync"],
                [org.teams.D, "manual"],
            ]),
        );
        expect(result.memberships.get(bob)).toEqual(new Map([[org.teams.B, "manual"]]));
        expect(result.userRoles.get(bob)).toEqual(new Set([org.roleSlo]));
        expect(result.userRoles.get(ann)).toEqual(new Set([org.roleSlo]));
        expect(result.users.get(ann)).toBe("Ann <script>");
        expect(result.log.map((l) => l.createdOn)).toEqual([
            "2025-01-04T00:00:00Z",
            "2025-01-03T00:00:00Z",
            "2025-01-02T00:00:00Z",
            "2025-01-02T00:00:00Z",
        ]);
        expect(result.log.find((l) => l.outcome === "failed")).toMatchObject({
            userId: ann,
            cause: "manual",
            errorText: "boom",
        });
        expect(result.log.find((l) => l.path === "A,B")).toMatchObject({
            sourceTeamId: org.teams.A,
            operation: "join",
        });
        expect(result.requestCount).toBe(webApi.requests.length);
        // The intersect table itself is queried, filtered on the team.
        expect(webApi.requests[0]).toMatchObject({ entity: "teammembership" });
        expect(webApi.requests[0].options).toContain(`teamid eq ${org.teams.B}`);
    });

    it("names the users the log rows name from outside the teams, in one more request only when there are any", async () => {
        const { org, ann, bob } = orgWithPeople();
        const plain = new FakeWebApi(org.store);
        const before = await loadMemberships(plain, [org.teams.B]);
        // Without outside users, no request asks for names alone.
        expect(plain.requests.filter((r) => r.entity === "systemuser")).toHaveLength(1);

        const ida = seedUser(org.store, "Ida Initiator");
        seedLog(org.store, {
            userId: ann,
            teamId: org.teams.D,
            operation: "join",
            cause: "sync",
            initiatingUserId: ida.toUpperCase(),
            createdOn: "2025-01-05T00:00:00Z",
        });
        seedLog(org.store, {
            userId: bob,
            teamId: org.teams.B,
            operation: "join",
            cause: "manual",
            initiatingUserId: ann,
            createdOn: "2025-01-06T00:00:00Z",
        });
        const webApi = new FakeWebApi(org.store);
        const result = await loadMemberships(webApi, [org.teams.B]);

        expect(result.requestCount).toBe(before.requestCount + 1);
        expect(webApi.requests).toHaveLength(result.requestCount);
        const names = webApi.requests[webApi.requests.length - 1];
        expect(names.entity).toBe("systemuser");
        expect(names.options).toBe(`?$select=fullname&$filter=systemuserid eq ${ida}`);
        expect(result.users.get(ida)).toBe("Ida Initiator");
        expect(result.users.get(ann)).toBe("Ann <script>");
        // The people in the teams are unchanged.
        expect(result.users.size).toBe(3);
        expect([...result.memberships.keys()].sort()).toEqual([ann, bob].sort());
    });

    it("asks for many outside names in chunks of ids", async () => {
        const { org, ann } = orgWithPeople();
        const initiators = Array.from({ length: 51 }, (_, i) => seedUser(org.store, `Initiator ${i}`));
        initiators.forEach((id, i) =>
            seedLog(org.store, {
                userId: ann,
                teamId: org.teams.A,
                operation: "join",
                cause: "manual",
                initiatingUserId: id,
                createdOn: `2025-03-01T00:00:${String(i).padStart(2, "0")}Z`,
            }),
        );
        const webApi = new FakeWebApi(org.store);
        const result = await loadMemberships(webApi, [org.teams.A]);
        const nameReads = webApi.requests.filter(
            (r) => r.entity === "systemuser" && r.options?.startsWith("?$select=fullname&"),
        );
        expect(nameReads.map((r) => r.options?.split(" or ").length)).toEqual([50, 1]);
        expect(initiators.map((id) => result.users.get(id))).toEqual(initiators.map((_, i) => `Initiator ${i}`));
    });

    it("returns nobody for a team without members", async () => {
        const { org } = orgWithPeople();
        const result = await loadMemberships(new FakeWebApi(org.store), [org.teams.G]);
        expect(result.memberships.size).toBe(0);
        expect(result.users.size).toBe(0);
    });

    it("keeps at most 6 requests in flight for a large team, and still reads everyone", async () => {
        const { org } = orgWithPeople();
        const people = Array.from({ length: 1000 }, (_, i) => seedUser(org.store, `Person ${i}`));
        people.forEach((id) => seedMembership(org.store, org.teams.G, id));
        let inFlight = 0;
        let most = 0;
        const webApi = new FakeWebApi(org.store, {
            delay: async () => {
                inFlight++;
                most = Math.max(most, inFlight);
                await new Promise((resolve) => setTimeout(resolve, 1));
                inFlight--;
            },
        });
        const result = await loadMemberships(webApi, [org.teams.G]);
        expect(result.users.size).toBe(1000);
        // 1,000 users are 20 chunks of 50 ids for each of memberships, users and log rows: 60 reads at once unbounded.
        expect(webApi.requests.length).toBeGreaterThan(60);
        expect(most).toBeLessThanOrEqual(6);
        expect(most).toBeGreaterThan(1);
    });

    it("waits what a 429's Retry-After asks, and gives up readable when it asks more than the cap", async () => {
        const { org, ann } = orgWithPeople();
        const waits: number[] = [];
        const retry = { sleep: async (ms: number) => void waits.push(ms) };
        let first = true;
        const once = new FakeWebApi(org.store, {
            fault: (r: FakeRequest) => (r.n === 2 && first ? ((first = false), throttled(7)) : undefined),
        });
        const result = await loadMemberships(once, [org.teams.B], { retry });
        expect(waits).toEqual([7000]);
        expect(result.memberships.has(ann)).toBe(true);

        waits.length = 0;
        const long = new FakeWebApi(org.store, {
            fault: (r: FakeRequest) => (r.n === 2 ? throttled(MAX_RETRY_AFTER_SECONDS + 1) : undefined),
        });
        await expect(loadMemberships(long, [org.teams.B], { retry })).rejects.toMatchObject({
            kind: "throttled",
            args: [String(MAX_RETRY_AFTER_SECONDS + 1)],
        });
        expect(waits).toEqual([]);
    });
});
