import fc from "fast-check";
import { buildGraph, planJoin, planLeave } from "../../TeamSyncEditor/engine";
import { joinPreview, leavePreview, newUserSubject, PREVIEW_USER, PreviewSubject } from "../../TeamSyncEditor/impact";
import { buildModel, userMemberships } from "../engine/modelBuilder";
import { reachability, referenceEdges } from "../engine/referenceGraph";
import { previewScenario } from "./randomScenario";

const subject = (teams: Record<string, "manual" | "sync">, roles: string[] = []): PreviewSubject => ({
    memberships: userMemberships(teams),
    roles: new Set(roles),
});

describe("join preview", () => {
    const lending = buildGraph(
        buildModel(
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
        ),
    );

    it("shows what a new user gets, with the ticked roles applied to conditional links (docs/semantics.md §8.8)", () => {
        const without = joinPreview(lending, "CL", newUserSubject(lending, "CL", new Set(), "join"));
        expect(without.rows.map((row) => [row.team, row.status])).toEqual([
            ["PW", "add"],
            ["RA", "add"],
            ["DL", "add"],
        ]);
        const slo = joinPreview(lending, "CL", newUserSubject(lending, "CL", new Set(["SLO"]), "join"));
        expect(slo.rows.map((row) => row.team)).toEqual(["PW", "RA", "DL", "AQ"]);
        expect(slo.rows[3].via).toEqual(["CL", "AQ"]);
    });

    it("marks the teams a member already belongs to and walks on through them (docs/semantics.md §8.5)", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C"],
                [
                    { parent: "A", members: ["B"] },
                    { parent: "B", members: ["C"] },
                ],
            ),
        );
        const preview = joinPreview(graph, "A", subject({ B: "manual" }));
        expect(preview.rows).toEqual([
            { team: "B", via: ["A", "B"], status: "member" },
            { team: "C", via: ["A", "B", "C"], status: "add" },
        ]);
    });

    it("adds exactly the engine's operations, in its order and with its paths", () => {
        fc.assert(
            fc.property(previewScenario, ({ model, team, memberships, roles }) => {
                const graph = buildGraph(model);
                const member = { memberships: new Map(Object.entries(memberships)), roles };
                const preview = joinPreview(graph, team, member);
                const engine = planJoin(graph, PREVIEW_USER, team, member.memberships, roles).operations;
                expect(
                    preview.rows
                        .filter((row) => row.status === "add")
                        .map((row) => ({ op: "add", user: PREVIEW_USER, team: row.team, via: row.via })),
                ).toEqual(engine);
                expect(
                    preview.rows
                        .filter((row) => row.status === "member")
                        .every((row) => member.memberships.has(row.team)),
                ).toBe(true);
            }),
            { numRuns: 300 },
        );
    });
});

describe("leave preview", () => {
    it("removes a bidirectional component (docs/semantics.md §8.2)", () => {
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
        const preview = leavePreview(graph, "B", subject({ B: "manual", A: "sync", C: "sync" }));
        expect(preview.rows.map((row) => [row.team, row.status])).toEqual([
            ["A", "remove"],
            ["C", "remove"],
        ]);
    });

    it("keeps a team another parent holds, and says which (docs/semantics.md §8.3)", () => {
        const graph = buildGraph(
            buildModel(
                ["P1", "P2", "C"],
                [
                    { parent: "P1", members: ["C"] },
                    { parent: "P2", members: ["C"] },
                ],
            ),
        );
        const preview = leavePreview(graph, "P1", subject({ P1: "manual", P2: "manual", C: "sync" }));
        expect(preview.rows).toEqual([
            { team: "C", via: ["P1", "C"], status: "stays", reason: { kind: "held", root: "P2" } },
        ]);
        expect(preview.operations).toEqual([]);
    });

    it("keeps a manual membership (docs/semantics.md §8.4) and shows teams the user is not in", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C"],
                [
                    {
                        parent: "A",
                        members: [
                            { child: "B", order: 1 },
                            { child: "C", order: 2 },
                        ],
                    },
                ],
            ),
        );
        const preview = leavePreview(graph, "A", subject({ A: "manual", B: "manual" }));
        expect(
            preview.rows.map((row) => (row.status === "stays" ? [row.team, row.reason.kind] : [row.team, row.status])),
        ).toEqual([
            ["B", "manual"],
            ["C", "not-member"],
        ]);
    });

    it("warns still-required and removes nothing (docs/semantics.md §8.6)", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "Z"],
                [
                    { parent: "A", direction: "bidirectional", members: ["B"] },
                    { parent: "Z", members: ["B"] },
                ],
            ),
        );
        const preview = leavePreview(graph, "A", subject({ Z: "manual", A: "sync", B: "sync" }));
        expect(preview.warnings).toEqual([{ code: "still-required", teams: ["A", "Z"] }]);
        expect(preview.rows).toEqual([
            { team: "B", via: ["A", "B"], status: "stays", reason: { kind: "still-required", root: "Z" } },
        ]);
    });

    it("takes a new user as the join left them: everything the join added is removed", () => {
        const graph = buildGraph(
            buildModel(
                ["A", "B", "C"],
                [
                    { parent: "A", members: ["B"] },
                    { parent: "B", members: ["C"] },
                ],
            ),
        );
        const preview = leavePreview(graph, "A", newUserSubject(graph, "A", new Set(), "leave"));
        expect(preview.rows.map((row) => [row.team, row.status])).toEqual([
            ["B", "remove"],
            ["C", "remove"],
        ]);
    });

    it("removes exactly the engine's operations and explains every team that stays", () => {
        fc.assert(
            fc.property(previewScenario, ({ model, team, memberships, roles }) => {
                const graph = buildGraph(model);
                const member = { memberships: new Map(Object.entries(memberships)), roles };
                const preview = leavePreview(graph, team, member);
                const engine = planLeave(graph, PREVIEW_USER, team, member.memberships, roles);
                expect(
                    preview.rows
                        .filter((row) => row.status === "remove")
                        .map((row) => ({ op: "remove", user: PREVIEW_USER, team: row.team, via: row.via })),
                ).toEqual(engine.operations);
                expect(preview.warnings).toEqual(engine.warnings);
                const reaches = reachability(
                    model.teams.map((t) => t.id),
                    referenceEdges(model, roles),
                );
                for (const row of preview.rows) {
                    expect(row.status === "not-member").toBe(!member.memberships.has(row.team));
                    if (row.status !== "stays") continue;
                    const { reason } = row;
                    if (reason.kind === "manual") expect(memberships[row.team]).toBe("manual");
                    if (reason.kind === "held") {
                        expect(reason.root).not.toBe(team);
                        expect(member.memberships.has(reason.root)).toBe(true);
                        expect(reason.root === row.team || reaches(reason.root, row.team)).toBe(true);
                    }
                    if (reason.kind === "still-required") expect(reaches(reason.root, team)).toBe(true);
                }
            }),
            { numRuns: 300 },
        );
    });
});
