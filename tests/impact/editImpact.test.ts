import fc from "fast-check";
import { buildGraph, previewEdit, reconcile } from "../../TeamSyncEditor/engine";
import { affectedTeams, editImpact } from "../../TeamSyncEditor/impact";
import { buildModel, userMemberships } from "../engine/modelBuilder";
import { countKeys, naiveReconcile } from "./naiveReconcile";
import { editScenario } from "./randomScenario";

describe("edit impact", () => {
    it("blames the edit for its own changes and counts drift apart (docs/semantics.md §8.9)", () => {
        const before = buildModel(
            ["A", "B", "C", "D", "Q"],
            [
                {
                    parent: "A",
                    id: "g",
                    members: [
                        { child: "B", order: 10, id: "mB" },
                        { child: "C", order: 20, id: "mC" },
                    ],
                },
            ],
        );
        const after = buildModel(
            ["A", "B", "C", "D", "Q"],
            [
                {
                    parent: "A",
                    id: "g",
                    members: [
                        { child: "B", order: 10, id: "mB" },
                        { child: "C", order: 20, id: "mC", active: false },
                        { child: "D", order: 30, id: "mD" },
                    ],
                },
            ],
        );
        const memberships = new Map([
            ["u1", userMemberships({ A: "manual", B: "sync", C: "sync" })],
            ["u2", userMemberships({ A: "manual", B: "sync", C: "manual" })],
            ["u3", userMemberships({ A: "manual", B: "sync", Q: "sync" })],
        ]);
        const impact = editImpact(buildGraph(before), buildGraph(after), memberships, new Map());
        expect(impact.operations).toEqual([
            { op: "add", user: "u1", team: "D", via: ["A", "D"] },
            { op: "remove", user: "u1", team: "C", via: ["C"] },
            { op: "add", user: "u2", team: "D", via: ["A", "D"] },
            { op: "add", user: "u3", team: "D", via: ["A", "D"] },
        ]);
        expect([impact.adds, impact.addUsers, impact.removes, impact.removeUsers]).toEqual([3, 3, 1, 1]);
        expect([impact.driftAdds, impact.driftRemoves, impact.driftUsers]).toEqual([1, 1, 1]);
        expect(impact.byUser.map((group) => [group.key, group.adds.length, group.removes.length])).toEqual([
            ["u1", 1, 1],
            ["u2", 1, 0],
            ["u3", 1, 0],
        ]);
        expect(impact.byTeam.map((group) => [group.key, group.adds.length, group.removes.length])).toEqual([
            ["C", 0, 1],
            ["D", 3, 0],
        ]);
        expect(affectedTeams(buildGraph(before), buildGraph(after))).toEqual(["A"]);
    });

    it("counts what an independent reading of the spec counts, and lists the engine's operations", () => {
        fc.assert(
            fc.property(editScenario, ({ before, after, memberships, userRoles }) => {
                const impact = editImpact(buildGraph(before), buildGraph(after), memberships, userRoles);
                const existing = naiveReconcile(before, memberships, userRoles);
                const caused = [...naiveReconcile(after, memberships, userRoles)].filter((key) => !existing.has(key));
                const expected = countKeys(caused);
                expect({
                    adds: impact.adds,
                    addUsers: impact.addUsers,
                    removes: impact.removes,
                    removeUsers: impact.removeUsers,
                }).toEqual({
                    adds: expected.adds,
                    addUsers: expected.addUsers,
                    removes: expected.removes,
                    removeUsers: expected.removeUsers,
                });
                const drift = countKeys(existing);
                expect([impact.driftAdds, impact.driftRemoves, impact.driftUsers]).toEqual([
                    drift.adds,
                    drift.removes,
                    drift.users,
                ]);
                expect(impact.operations).toEqual(
                    previewEdit(buildGraph(before), buildGraph(after), memberships, userRoles).operations,
                );
                expect(impact.drift).toEqual(reconcile(buildGraph(before), memberships, userRoles).operations);
            }),
            { numRuns: 300 },
        );
    });

    it("needs only the members of the affected teams: the others' operations do not change", () => {
        fc.assert(
            fc.property(editScenario, ({ before, after, memberships, userRoles }) => {
                const graphs = [buildGraph(before), buildGraph(after)] as const;
                const affected = new Set(affectedTeams(...graphs));
                const reached = new Map(
                    [...memberships].filter(([, teams]) => [...teams.keys()].some((team) => affected.has(team))),
                );
                expect(editImpact(...graphs, reached, userRoles).operations).toEqual(
                    editImpact(...graphs, memberships, userRoles).operations,
                );
            }),
            { numRuns: 500 },
        );
    });

    it("finds no affected team when the edit changes no edge", () => {
        const model = buildModel(["A", "B"], [{ parent: "A", members: ["B"] }]);
        const inactiveAdded = buildModel(["A", "B"], [{ parent: "A", members: ["B", { child: "A", active: false }] }]);
        expect(affectedTeams(buildGraph(model), buildGraph(inactiveAdded))).toEqual([]);
        const reordered = buildModel(["A", "B"], [{ parent: "A", members: [{ child: "B", order: 5 }] }]);
        expect(affectedTeams(buildGraph(model), buildGraph(reordered))).toEqual([]);
    });
});
