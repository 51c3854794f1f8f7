/** @jest-environment node */
import { seedUser } from "../../playground/dataverse";
import { loadUserMemberships } from "../../TeamSyncEditor/data/loadMemberships";
import { searchUsers, USERS_SHOWN } from "../../TeamSyncEditor/data/searchUsers";
import { lendingOrg } from "../impact/lendingOrg";

describe("searchUsers", () => {
    it("finds the organisation's users whose name contains the text, any case, by name", async () => {
        const { webApi } = await lendingOrg();
        expect((await searchUsers(webApi, "AN")).users.map((user) => user.name)).toEqual(["Ann Archer", "Dan Dale"]);
        expect((await searchUsers(webApi, "  ")).users.map((user) => user.name)).toEqual([
            "Ada Admin",
            "Ann Archer",
            "Bob <b>Baker</b>",
            "Cat Cole",
            "Dan Dale",
        ]);
        expect(await searchUsers(webApi, "nobody")).toEqual({ users: [], more: false });
    });

    it("takes a quote, an ampersand or a percent sign as text", async () => {
        const { store, webApi } = await lendingOrg();
        const id = seedUser(store, "Siobhán O'Brien & 100% Co");
        expect((await searchUsers(webApi, "o'brien & 100%")).users).toEqual([
            { id, name: "Siobhán O'Brien & 100% Co" },
        ]);
    });

    it("lists one page and says when more match", async () => {
        const { store, webApi } = await lendingOrg();
        for (let i = 0; i <= USERS_SHOWN; i += 1) seedUser(store, `Zed ${String(i).padStart(2, "0")}`);
        const found = await searchUsers(webApi, "zed");
        expect(found.users).toHaveLength(USERS_SHOWN);
        expect(found.more).toBe(true);
        expect(found.users[0].name).toBe("Zed 00");
    });
});

describe("loadUserMemberships", () => {
    it("loads the picked users' teams, roles and names, members of the form's team or not", async () => {
        const fixture = await lendingOrg();
        const loaded = await loadUserMemberships(fixture.webApi, [fixture.user.cat.toUpperCase(), fixture.user.bob]);
        expect([...(loaded.memberships.get(fixture.user.cat)?.keys() ?? [])]).toEqual([fixture.team.CR]);
        expect(loaded.userRoles.get(fixture.user.bob)).toEqual(new Set([fixture.slo]));
        expect(loaded.users.get(fixture.user.cat)).toBe("Cat Cole");
    });
});
