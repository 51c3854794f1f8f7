import { buildGraph, planLeave } from "../../TeamSyncEditor/engine";
import { buildModel, NO_ROLES, userMemberships } from "./modelBuilder";

describe("planLeave", () => {
    it("removes the one-way children in visit order (docs/semantics.md §8.1)", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C", "D"],
                [
                    {
                        parent: "A",
                        members: [
                            { child: "B", order: 10 },
                            { child: "C", order: 20 },
                            { child: "D", order: 30 },
                        ],
                    },
                ],
            ),
        );
        expect(
            planLeave(graph, "u", "A", userMemberships({ A: "manual", B: "sync", C: "sync", D: "sync" }), NO_ROLES),
        ).toEqual({
            operations: [
                { op: "remove", user: "u", team: "B", via: ["A", "B"] },
                { op: "remove", user: "u", team: "C", via: ["A", "C"] },
                { op: "remove", user: "u", team: "D", via: ["A", "D"] },
            ],
            warnings: [],
        });
    });

    it("removes the whole bidirectional component, manual memberships included (docs/semantics.md §8.2)", () => {
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
        expect(planLeave(graph, "u", "B", userMemberships({ A: "manual", C: "sync" }), NO_ROLES).operations).toEqual([
            { op: "remove", user: "u", team: "A", via: ["B", "A"] },
            { op: "remove", user: "u", team: "C", via: ["B", "A", "C"] },
        ]);
    });

    it("keeps a child that another parent still holds (docs/semantics.md §8.3)", () => {
        const graph = buildGraph(
            buildModel(
                ["P1", "P2", "C"],
                [
                    { parent: "P1", members: ["C"] },
                    { parent: "P2", members: ["C"] },
                ],
            ),
        );
        expect(planLeave(graph, "u", "P1", userMemberships({ P2: "manual", C: "sync" }), NO_ROLES)).toEqual({
            operations: [],
            warnings: [],
        });
    });

    it("keeps a manual child (docs/semantics.md §8.4)", () => {
        const graph = buildGraph(buildModel(["A", "B"], [{ parent: "A", members: ["B"] }]));
        expect(planLeave(graph, "u", "A", userMemberships({ B: "manual" }), NO_ROLES).operations).toEqual([]);
    });

    it("keeps what a manual child reaches and removes the rest", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C", "D"],
                [
                    {
                        parent: "A",
                        members: [
                            { child: "B", order: 1 },
                            { child: "D", order: 2 },
                        ],
                    },
                    { parent: "B", members: ["C"] },
                ],
            ),
        );
        expect(
            planLeave(graph, "u", "A", userMemberships({ B: "manual", C: "sync", D: "sync" }), NO_ROLES).operations,
        ).toEqual([{ op: "remove", user: "u", team: "D", via: ["A", "D"] }]);
    });

    it("warns still-required and removes nothing when a root syncs into the left team (docs/semantics.md §8.6)", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "Z"],
                [
                    { parent: "A", direction: "bidirectional", members: ["B"] },
                    { parent: "Z", members: ["B"] },
                ],
            ),
        );
        expect(planLeave(graph, "u", "A", userMemberships({ Z: "manual", A: "sync", B: "sync" }), NO_ROLES)).toEqual({
            operations: [],
            warnings: [{ code: "still-required", teams: ["A", "Z"] }],
        });
    });

    it("names the first root by id whose reach holds the left team", () => {
        const graph = buildGraph(
            buildModel(
                ["T", "Y", "X", "W"],
                [
                    { parent: "Y", members: ["T"] },
                    { parent: "X", members: ["T"] },
                ],
            ),
        );
        expect(
            planLeave(graph, "u", "T", userMemberships({ Y: "manual", X: "sync", W: "manual" }), NO_ROLES).warnings,
        ).toEqual([{ code: "still-required", teams: ["T", "X"] }]);
    });

    it("treats a sync membership outside reach(T) as a root", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C"],
                [
                    { parent: "A", members: ["C"] },
                    { parent: "B", members: ["C"] },
                ],
            ),
        );
        expect(planLeave(graph, "u", "A", userMemberships({ B: "sync", C: "sync" }), NO_ROLES).operations).toEqual([]);
    });

    it("walks only the edges open for the user", () => {
        const graph = buildGraph(
            buildModel(["A", "B", "C"], [{ parent: "A", members: [{ child: "B", role: "R" }, "C"] }], ["R"]),
        );
        const memberships = userMemberships({ B: "sync", C: "sync" });
        expect(planLeave(graph, "u", "A", memberships, NO_ROLES).operations.map((op) => op.team)).toEqual(["C"]);
        expect(planLeave(graph, "u", "A", memberships, new Set(["R"])).operations.map((op) => op.team)).toEqual([
            "B",
            "C",
        ]);
    });

    it("ignores the left team in the memberships and never removes from a managed team", () => {
        const graph = buildGraph(buildModel(["A", "B", { id: "G", type: 2 }], [{ parent: "A", members: ["B", "G"] }]));
        expect(
            planLeave(graph, "u", "A", userMemberships({ A: "manual", B: "sync", G: "sync" }), NO_ROLES).operations.map(
                (op) => op.team,
            ),
        ).toEqual(["B"]);
    });
});
