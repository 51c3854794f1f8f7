import {
    FakeWebApi,
    seedBusinessUnit,
    seedConfiguration,
    seedMember,
    seedTeam,
    throttled,
    DataverseStore,
} from "../../playground/dataverse";
import { loadSyncData } from "../../TeamSyncEditor/data/loadSyncData";
import { LoadProgress } from "../../TeamSyncEditor/data/types";
import { instantRetry, sampleOrg } from "./sampleOrg";

describe("loadSyncData", () => {
    it("maps teams, root roles, configurations and members into the engine's model", async () => {
        const org = sampleOrg();
        const loaded = await loadSyncData(new FakeWebApi(org.store));

        expect(loaded.teams.find((t) => t.id === org.teams.G)).toEqual({
            id: org.teams.G,
            name: "Entra group",
            type: 2,
            isDefault: false,
            businessUnitName: "Contoso",
        });
        expect(loaded.roles).toEqual([{ id: org.roleSlo, name: "SLO" }]);
        expect(loaded.model.roles).toEqual([org.roleSlo]);
        expect(loaded.model.configs).toEqual([
            {
                id: org.oneWay,
                parent: org.teams.A,
                direction: "one-way",
                active: true,
                members: [
                    { id: org.members.b, child: org.teams.B, order: 10, active: true, role: null },
                    { id: org.members.c, child: org.teams.C, order: 20, active: true, role: null },
                ],
            },
        ]);
        expect(loaded.configurations[0].version.versionNumber).toMatch(/^\d+$/);
        expect(loaded.configurations[0].version.modifiedOn).toMatch(/^2025-01-01T/);
    });

    it("carries a team named as markup as plain text", async () => {
        const org = sampleOrg();
        const loaded = await loadSyncData(new FakeWebApi(org.store));
        expect(loaded.teams.find((t) => t.id === org.teams.X)?.name).toBe("<img src=x onerror=alert(1)>");
    });

    it("follows nextLink across several pages and reports progress as counts", async () => {
        const org = sampleOrg();
        const webApi = new FakeWebApi(org.store);
        const progress: LoadProgress[] = [];
        const loaded = await loadSyncData(webApi, { pageSize: 2, onProgress: (p) => progress.push(p) });

        expect(loaded.teams).toHaveLength(6);
        expect(new Set(loaded.teams.map((t) => t.id)).size).toBe(6);
        const teamPages = webApi.requests.filter((r) => r.entity === "team");
        expect(teamPages).toHaveLength(3);
        expect(teamPages[1].options).toContain("$skiptoken=2");
        expect(progress[progress.length - 1]).toEqual({
            teams: 6,
            roles: 2,
            configurations: 1,
            members: 2,
            requests: loaded.requestCount,
        });
        expect(progress.map((p) => p.teams)).toEqual(expect.arrayContaining([2, 4, 6]));
    });

    it("keeps a member whose child team was deleted, naming a team that does not exist", async () => {
        const org = sampleOrg();
        org.store.delete("team", org.teams.C);
        const loaded = await loadSyncData(new FakeWebApi(org.store));
        const member = loaded.model.configs[0].members.find((m) => m.id === org.members.c);
        expect(member?.child).toBe(org.teams.C);
        expect(loaded.model.teams.map((t) => t.id)).not.toContain(org.teams.C);
    });

    it("retries a throttled page after its Retry-After, a bounded number of times", async () => {
        const org = sampleOrg();
        const waits: number[] = [];
        let throttles = 2;
        const webApi = new FakeWebApi(org.store, {
            fault: (r) => (r.entity === "nw_teamsyncmember" && throttles-- > 0 ? throttled(7) : undefined),
        });
        const loaded = await loadSyncData(webApi, { retry: { sleep: async (ms) => void waits.push(ms) } });
        expect(loaded.members).toHaveLength(2);
        expect(waits).toEqual([7000, 7000]);

        const always = new FakeWebApi(org.store, { fault: (r) => (r.entity === "team" ? throttled(3) : undefined) });
        await expect(loadSyncData(always, { retry: { ...instantRetry, maxRetries: 2 } })).rejects.toMatchObject({
            kind: "throttled",
            key: "Data_Error_Throttled",
            args: ["3"],
        });
        expect(always.requests.filter((r) => r.entity === "team")).toHaveLength(3);
    });

    it("stops when cancelled and rejects as cancelled", async () => {
        const org = sampleOrg();
        const controller = new AbortController();
        const webApi = new FakeWebApi(org.store, {
            delay: async (r) => {
                if (r.n === 2) controller.abort();
            },
        });
        await expect(loadSyncData(webApi, { pageSize: 1, signal: controller.signal })).rejects.toMatchObject({
            kind: "cancelled",
        });
        await new Promise((resolve) => setTimeout(resolve, 0));
        // The two pages already asked for are the last: no read goes on after the abort.
        expect(webApi.requests).toHaveLength(2);
    });

    it("loads a 2,000-team, 5,000-link organisation within ceil(rows / 5000) + 3 requests", async () => {
        const store = new DataverseStore();
        const bu = seedBusinessUnit(store, "Root");
        const teams = Array.from({ length: 2000 }, (_, i) =>
            seedTeam(store, { name: `Team ${i}`, businessUnitId: bu }),
        );
        const configurations = Array.from({ length: 1000 }, (_, i) =>
            seedConfiguration(store, {
                name: `Config ${i}`,
                parentTeamId: teams[i],
                direction: i % 2 ? "one-way" : "bidirectional",
            }),
        );
        for (let i = 0; i < 5000; i++) {
            seedMember(store, {
                name: `Link ${i}`,
                configurationId: configurations[i % 1000],
                childTeamId: teams[1000 + (i % 1000)],
                order: i,
            });
        }
        const webApi = new FakeWebApi(store);
        const loaded = await loadSyncData(webApi);

        const rows =
            loaded.teams.length + store.rows("role").length + loaded.configurations.length + loaded.members.length;
        const budget = Math.ceil(rows / 5000) + 3;
        expect(loaded.model.teams).toHaveLength(2000);
        expect(loaded.members).toHaveLength(5000);
        expect(webApi.requests).toHaveLength(loaded.requestCount);
        expect(loaded.requestCount).toBeLessThanOrEqual(budget);
        console.log(
            `2,000-team / 5,000-link load: ${loaded.requestCount} requests for ${rows} rows (budget ${budget})`,
        );
    });
});
