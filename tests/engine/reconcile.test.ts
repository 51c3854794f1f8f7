import { buildGraph, reconcile } from "../../TeamSyncEditor/engine";
import { allMemberships, allRoles, buildModel } from "./modelBuilder";

describe("reconcile", () => {
    it("removes a conditional child once the user loses the role (docs/semantics.md §8.8)", () => {
        const graph = buildGraph(
            buildModel(
                ["CL", "PW", "AQ"],
                [
                    {
                        parent: "CL",
                        members: [
                            { child: "PW", order: 10 },
                            { child: "AQ", order: 40, role: "SLO" },
                        ],
                    },
                ],
                ["SLO"],
            ),
        );
        const memberships = allMemberships({ u: { CL: "manual", PW: "sync", AQ: "sync" } });
        expect(reconcile(graph, memberships, allRoles({ u: ["SLO"] })).operations).toEqual([]);
        expect(reconcile(graph, memberships, allRoles({}))).toEqual({
            operations: [{ op: "remove", user: "u", team: "AQ", via: ["AQ"] }],
            warnings: [],
        });
    });

    it("orders users by id, adds first (walks from manual teams in id order), then removes by team id", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C", "D", "E"],
                [
                    {
                        parent: "B",
                        members: [
                            { child: "C", order: 1 },
                            { child: "D", order: 2 },
                        ],
                    },
                    { parent: "A", members: ["D"] },
                    { parent: "D", members: ["E"] },
                ],
            ),
        );
        const memberships = allMemberships({
            u2: { B: "manual", A: "manual", Z: "sync", Y: "sync" },
            u10: { A: "manual", E: "manual" },
        });
        expect(reconcile(graph, memberships, allRoles({})).operations).toEqual([
            { op: "add", user: "u10", team: "D", via: ["A", "D"] },
            { op: "add", user: "u2", team: "D", via: ["A", "D"] },
            { op: "add", user: "u2", team: "E", via: ["A", "D", "E"] },
            { op: "add", user: "u2", team: "C", via: ["B", "C"] },
            { op: "remove", user: "u2", team: "Y", via: ["Y"] },
            { op: "remove", user: "u2", team: "Z", via: ["Z"] },
        ]);
    });

    it("keeps manual memberships and managed teams that nothing requires", () => {
        const graph = buildGraph(buildModel(["A", { id: "G", type: 2 }, { id: "BU", isDefault: true }, "X"], []));
        const memberships = allMemberships({ u: { A: "manual", G: "sync", BU: "sync", X: "manual" } });
        expect(reconcile(graph, memberships, allRoles({})).operations).toEqual([]);
    });

    it("keeps sync memberships that a manual team's reach requires", () => {
        const graph = buildGraph(buildModel(["A", "B"], [{ parent: "A", direction: "bidirectional", members: ["B"] }]));
        expect(reconcile(graph, allMemberships({ u: { B: "manual", A: "sync" } }), allRoles({})).operations).toEqual(
            [],
        );
    });
});
