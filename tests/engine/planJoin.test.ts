import { buildGraph, planJoin } from "../../TeamSyncEditor/engine";
import { buildModel, NO_ROLES, userMemberships } from "./modelBuilder";

describe("planJoin", () => {
    it("adds the children in rank order (docs/semantics.md §8.1)", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C", "D"],
                [
                    {
                        parent: "A",
                        members: [
                            { child: "D", order: 30 },
                            { child: "B", order: 10 },
                            { child: "C", order: 20 },
                        ],
                    },
                ],
            ),
        );
        expect(planJoin(graph, "u", "A", userMemberships({ A: "manual" }), NO_ROLES)).toEqual({
            operations: [
                { op: "add", user: "u", team: "B", via: ["A", "B"] },
                { op: "add", user: "u", team: "C", via: ["A", "C"] },
                { op: "add", user: "u", team: "D", via: ["A", "D"] },
            ],
            warnings: [],
        });
    });

    it("reaches the siblings of a bidirectional configuration (docs/semantics.md §8.2)", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C"],
                [
                    {
                        parent: "A",
                        direction: "bidirectional",
                        members: [
                            { child: "B", order: 10 },
                            { child: "C", order: 20 },
                        ],
                    },
                ],
            ),
        );
        expect(planJoin(graph, "u1", "B", userMemberships({ B: "manual" }), NO_ROLES).operations).toEqual([
            { op: "add", user: "u1", team: "A", via: ["B", "A"] },
            { op: "add", user: "u1", team: "C", via: ["B", "A", "C"] },
        ]);
    });

    it("adds nothing for a team the user is already in (docs/semantics.md §8.4)", () => {
        const graph = buildGraph(buildModel(["A", "B"], [{ parent: "A", members: ["B"] }]));
        expect(planJoin(graph, "u", "A", userMemberships({ B: "manual" }), NO_ROLES).operations).toEqual([]);
    });

    it("walks on through teams the user already belongs to (docs/semantics.md §8.5)", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C"],
                [
                    { parent: "A", members: ["B"] },
                    { parent: "B", members: ["C"] },
                ],
            ),
        );
        expect(planJoin(graph, "u", "A", userMemberships({ B: "manual" }), NO_ROLES).operations).toEqual([
            { op: "add", user: "u", team: "C", via: ["A", "B", "C"] },
        ]);
    });

    it("follows a conditional link only for a user holding an existing role (docs/semantics.md §8.8)", () => {
        const model = buildModel(
            ["CL", "PW", "RA", "DL", "AQ"],
            [
                {
                    parent: "CL",
                    members: [
                        { child: "PW", order: 10 },
                        { child: "RA", order: 20 },
                        { child: "DL", order: 30 },
                        { child: "AQ", order: 40, role: "SLO" },
                    ],
                },
            ],
            ["SLO"],
        );
        const graph = buildGraph(model);
        const added = (roles: ReadonlySet<string>) =>
            planJoin(graph, "u", "CL", userMemberships({}), roles).operations.map((op) => op.team);
        expect(added(NO_ROLES)).toEqual(["PW", "RA", "DL"]);
        expect(added(new Set(["SLO"]))).toEqual(["PW", "RA", "DL", "AQ"]);
        const withoutRole = buildGraph({ ...model, roles: [] });
        expect(
            planJoin(withoutRole, "u", "CL", userMemberships({}), new Set(["SLO"])).operations.map((op) => op.team),
        ).toEqual(["PW", "RA", "DL"]);
    });

    it("never adds to a managed team but syncs onward from one", () => {
        const graph = buildGraph(
            buildModel(
                [{ id: "G", type: 2 }, { id: "D", isDefault: true }, "A", "B"],
                [
                    { parent: "A", members: ["G", "D", "B"] },
                    { parent: "G", members: ["A"] },
                ],
            ),
        );
        expect(planJoin(graph, "u", "A", userMemberships({}), NO_ROLES).operations.map((op) => op.team)).toEqual(["B"]);
        expect(planJoin(graph, "u", "G", userMemberships({}), NO_ROLES).operations.map((op) => op.team)).toEqual([
            "A",
            "B",
        ]);
    });

    it("plans nothing for a team that does not exist", () => {
        const graph = buildGraph(buildModel(["A"], []));
        expect(planJoin(graph, "u", "Z", userMemberships({}), NO_ROLES)).toEqual({ operations: [], warnings: [] });
    });

    it("computes the whole closure of a 50,000-team chain without recursion", () => {
        const ids = Array.from({ length: 50_000 }, (_, i) => `T${String(i).padStart(5, "0")}`);
        const graph = buildGraph(
            buildModel(
                ids,
                ids.slice(1).map((child, i) => ({ parent: ids[i], members: [child] })),
            ),
        );
        const operations = planJoin(graph, "u", ids[49_990], userMemberships({}), NO_ROLES).operations;
        expect(operations.map((op) => op.team)).toEqual(ids.slice(49_991));
        const inAllButLast = userMemberships(Object.fromEntries(ids.slice(0, -1).map((id) => [id, "sync" as const])));
        expect(planJoin(graph, "u", ids[0], inAllButLast, NO_ROLES).operations).toEqual([
            { op: "add", user: "u", team: ids[49_999], via: ids },
        ]);
    });
});
