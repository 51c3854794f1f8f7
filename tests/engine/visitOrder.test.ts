import { buildGraph, visitOrder } from "../../TeamSyncEditor/engine";
import { buildModel, NO_ROLES } from "./modelBuilder";

const teamsOf = (visits: { team: string }[]) => visits.map((visit) => visit.team);

describe("visitOrder", () => {
    it("takes forward edges by (order, child id) with empty orders last, then reverse edges by parent id", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C", "D", "E", "P2", "P1"],
                [
                    {
                        parent: "A",
                        members: [{ child: "E" }, { child: "D", order: 5 }, { child: "C", order: 5 }, { child: "B" }],
                    },
                    { parent: "P2", direction: "bidirectional", members: ["A"] },
                    { parent: "P1", direction: "bidirectional", members: ["A"] },
                ],
            ),
        );
        expect(teamsOf(visitOrder(graph, "A", NO_ROLES))).toEqual(["C", "D", "B", "E", "P1", "P2"]);
    });

    it("visits each team once, at the first path that reaches it, breadth first", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C", "D"],
                [
                    {
                        parent: "A",
                        members: [
                            { child: "B", order: 1 },
                            { child: "C", order: 2 },
                        ],
                    },
                    { parent: "B", members: ["C", "D"] },
                    { parent: "C", members: ["D"] },
                ],
            ),
        );
        expect(visitOrder(graph, "A", NO_ROLES)).toEqual([
            { team: "B", via: ["A", "B"] },
            { team: "C", via: ["A", "C"] },
            { team: "D", via: ["A", "B", "D"] },
        ]);
    });

    it("counts an edge that is both forward and reverse among the forward edges", () => {
        // A → C is forward (g1, order 50) and reverse (g2: C ↔ A); as a reverse edge it would come after A → AA.
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C", "AA"],
                [
                    {
                        parent: "A",
                        members: [
                            { child: "C", order: 50 },
                            { child: "B", order: 10 },
                        ],
                    },
                    { parent: "C", direction: "bidirectional", members: ["A"] },
                    { parent: "AA", direction: "bidirectional", members: ["A"] },
                ],
            ),
        );
        expect(teamsOf(visitOrder(graph, "A", NO_ROLES))).toEqual(["B", "C", "AA"]);
    });

    it("ranks a duplicated edge at the best rank open for the user", () => {
        const model = buildModel(
            ["A", "B", "C"],
            [
                {
                    parent: "A",
                    members: [
                        { child: "B", order: 1, role: "R" },
                        { child: "C", order: 2 },
                        { child: "B", order: 3 },
                    ],
                },
            ],
            ["R"],
        );
        const graph = buildGraph(model);
        expect(teamsOf(visitOrder(graph, "A", new Set(["R"])))).toEqual(["B", "C"]);
        expect(teamsOf(visitOrder(graph, "A", NO_ROLES))).toEqual(["C", "B"]);
    });

    it("takes a reverse edge for a user when only the bidirectional member is open", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C"],
                [
                    {
                        parent: "A",
                        members: [
                            { child: "C", order: 1, role: "R" },
                            { child: "B", order: 2 },
                        ],
                    },
                    { parent: "C", direction: "bidirectional", members: ["A"] },
                ],
                ["R"],
            ),
        );
        expect(teamsOf(visitOrder(graph, "A", NO_ROLES))).toEqual(["B", "C"]);
        expect(teamsOf(visitOrder(graph, "A", new Set(["R"])))).toEqual(["C", "B"]);
    });

    it("ignores inactive records, self-loops, missing teams and edges into managed teams", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C", "D", { id: "G", type: 3 }, { id: "BU", isDefault: true }],
                [
                    { parent: "A", members: [{ child: "B", active: false }, "A", "Missing", "G", "BU", "C"] },
                    { parent: "A", active: false, members: ["D"] },
                    { parent: "Missing", members: ["D"] },
                ],
            ),
        );
        expect(teamsOf(visitOrder(graph, "A", NO_ROLES))).toEqual(["C"]);
        expect(visitOrder(graph, "Missing", NO_ROLES)).toEqual([]);
    });

    it("compares ids code unit by code unit", () => {
        const graph = buildGraph(
            buildModel(["P", "a", "B", "é", "Z"], [{ parent: "P", members: ["a", "é", "Z", "B"] }]),
        );
        expect(teamsOf(visitOrder(graph, "P", NO_ROLES))).toEqual(["B", "Z", "a", "é"]);
    });
});
