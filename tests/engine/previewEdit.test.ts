import { buildGraph, previewEdit } from "../../TeamSyncEditor/engine";
import { allMemberships, allRoles, buildModel } from "./modelBuilder";

describe("previewEdit", () => {
    it("shows only what the edit causes (docs/semantics.md §8.9)", () => {
        const teams = ["A", "B", "C", "D", "Q"];
        const before = buildGraph(
            buildModel(teams, [
                {
                    parent: "A",
                    members: [
                        { child: "B", order: 10 },
                        { child: "C", order: 20 },
                    ],
                },
            ]),
        );
        const after = buildGraph(
            buildModel(teams, [
                {
                    parent: "A",
                    members: [
                        { child: "B", order: 10 },
                        { child: "C", order: 20, active: false },
                        { child: "D", order: 30 },
                    ],
                },
            ]),
        );
        const memberships = allMemberships({
            u1: { A: "manual", B: "sync", C: "sync" },
            u2: { A: "manual", B: "sync", C: "manual" },
            u3: { A: "manual", B: "sync", Q: "sync" },
        });
        expect(previewEdit(before, after, memberships, allRoles({}))).toEqual({
            operations: [
                { op: "add", user: "u1", team: "D", via: ["A", "D"] },
                { op: "remove", user: "u1", team: "C", via: ["C"] },
                { op: "add", user: "u2", team: "D", via: ["A", "D"] },
                { op: "add", user: "u3", team: "D", via: ["A", "D"] },
            ],
            warnings: [],
        });
    });

    it("shows nothing when the configuration does not change", () => {
        const model = buildModel(["A", "B"], [{ parent: "A", members: ["B"] }]);
        expect(
            previewEdit(buildGraph(model), buildGraph(model), allMemberships({ u: { A: "manual" } }), allRoles({}))
                .operations,
        ).toEqual([]);
    });

    it("shows the adds of a redirected link and the removes of its old target", () => {
        const teams = ["A", "B", "C"];
        const before = buildGraph(buildModel(teams, [{ parent: "A", members: ["B"] }]));
        const after = buildGraph(buildModel(teams, [{ parent: "A", members: ["C"] }]));
        expect(
            previewEdit(before, after, allMemberships({ u: { A: "manual", B: "sync" } }), allRoles({})).operations,
        ).toEqual([
            { op: "add", user: "u", team: "C", via: ["A", "C"] },
            { op: "remove", user: "u", team: "B", via: ["B"] },
        ]);
    });
});
