import { generateOrg } from "../../bench/generateOrg";
import { buildGraph, reconcile, validate } from "../../TeamSyncEditor/engine";

describe("generateOrg (the benchmark's orgs)", () => {
    const org = generateOrg({ teams: 2_000, links: 5_000, users: 1_000 });
    const members = org.model.configs.flatMap((config) => config.members.map((member) => ({ config, member })));

    it("is deterministic for a seed and differs across seeds", () => {
        expect(generateOrg({ teams: 2_000, links: 5_000, users: 1_000 })).toEqual(org);
        expect(generateOrg({ teams: 2_000, links: 5_000, users: 1_000, seed: 7 }).model.teams[0].id).not.toBe(
            org.model.teams[0].id,
        );
    });

    it("has the requested size and every kind of record the benchmark promises", () => {
        expect(org.model.teams).toHaveLength(2_000);
        expect(members).toHaveLength(5_000);
        expect(org.memberships.size).toBe(1_000);
        expect(members.some(({ config }) => config.direction === "bidirectional")).toBe(true);
        expect(members.some(({ member }) => !member.active)).toBe(true);
        expect(org.model.configs.some((config) => !config.active)).toBe(true);
        expect(members.some(({ member }) => member.role !== null)).toBe(true);
        expect(org.model.teams.some((team) => team.isDefault)).toBe(true);
        expect(org.model.teams.some((team) => team.type === 2)).toBe(true);
        expect(validate(org.model).some((issue) => issue.code === "cycle")).toBe(true);
    });

    it("gives users memberships with a little drift for reconcile to fix", () => {
        const operations = reconcile(buildGraph(org.model), org.memberships, org.userRoles).operations;
        expect(operations.length).toBeGreaterThan(0);
        expect(new Set(operations.map((op) => op.user)).size).toBeLessThan(200);
    });
});
