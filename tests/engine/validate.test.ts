import { Issue, validate } from "../../TeamSyncEditor/engine";
import { buildModel } from "./modelBuilder";

const summary = (issues: Issue[]) =>
    issues.map((issue) => ({ code: issue.code, severity: issue.severity, teams: issue.teams }));

describe("validate", () => {
    it("finds nothing wrong in a clean configuration", () => {
        expect(
            validate(buildModel(["A", "B", "C"], [{ parent: "A", direction: "bidirectional", members: ["B", "C"] }])),
        ).toEqual([]);
    });

    it("reports a One-way pair both ways as a direction conflict, not a cycle (docs/semantics.md §8.7)", () => {
        expect(
            validate(
                buildModel(
                    ["A", "B"],
                    [
                        { parent: "A", members: ["B"] },
                        { parent: "B", members: ["A"] },
                    ],
                ),
            ),
        ).toEqual([
            { code: "direction-conflict", severity: "error", teams: ["A", "B"], records: ["g1", "g2", "m1", "m2"] },
        ]);
    });

    it("reports one cycle naming every team of the component (docs/semantics.md §8.7)", () => {
        expect(
            validate(
                buildModel(
                    ["A", "B", "C"],
                    [
                        { parent: "A", members: ["B"] },
                        { parent: "B", members: ["C"] },
                        { parent: "C", members: ["A"] },
                    ],
                ),
            ),
        ).toEqual([
            { code: "cycle", severity: "error", teams: ["A", "B", "C"], records: ["g1", "g2", "g3", "m1", "m2", "m3"] },
        ]);
    });

    it("reports a One-way link inside a bidirectional component as a cycle, roles and missing roles ignored", () => {
        const model = buildModel(
            ["A", "B", "C"],
            [
                { parent: "A", direction: "bidirectional", members: [{ child: "B", role: "Gone" }, "C"] },
                { parent: "B", members: ["C"] },
            ],
        );
        expect(summary(validate(model))).toEqual([
            { code: "cycle", severity: "error", teams: ["A", "B", "C"] },
            { code: "missing-role", severity: "error", teams: ["A", "B"] },
        ]);
    });

    it("reports no cycle when the only One-way links of a component are direction conflicts", () => {
        const model = buildModel(
            ["A", "B", "C"],
            [
                { parent: "A", direction: "bidirectional", members: ["B", "C"] },
                { parent: "B", members: ["A"] },
            ],
        );
        expect(summary(validate(model))).toEqual([
            { code: "direction-conflict", severity: "error", teams: ["A", "B"] },
        ]);
    });

    it("reports a One-way link and a Bidirectional link on one pair as a direction conflict whatever the roles", () => {
        const model = buildModel(
            ["A", "B"],
            [
                { parent: "B", direction: "bidirectional", members: [{ child: "A", role: "R" }] },
                { parent: "A", members: [{ child: "B", role: "S" }] },
            ],
            ["R", "S"],
        );
        expect(summary(validate(model))).toEqual([
            { code: "direction-conflict", severity: "error", teams: ["A", "B"] },
        ]);
    });

    it("reports duplicates with the same role, and not members that differ only in role", () => {
        const model = buildModel(
            ["A", "B", "C"],
            [
                {
                    parent: "A",
                    members: [
                        { child: "B", order: 1 },
                        { child: "B", order: 2 },
                        { child: "B", role: "R" },
                    ],
                },
                { parent: "A", direction: "bidirectional", members: [{ child: "C", role: "R" }] },
                { parent: "C", direction: "bidirectional", members: [{ child: "A", role: "R" }, "A"] },
            ],
            ["R"],
        );
        expect(validate(model)).toEqual([
            { code: "duplicate-edge", severity: "error", teams: ["A", "B"], records: ["g1", "m1", "m2"] },
            { code: "duplicate-edge", severity: "error", teams: ["A", "C"], records: ["g2", "g3", "m4", "m5"] },
        ]);
    });

    it("reports links into managed teams, reverse edges included, as one issue per pair", () => {
        const model = buildModel(
            ["A", { id: "G", type: 2 }, { id: "O", type: 3 }, { id: "BU", isDefault: true }, "B"],
            [
                { parent: "A", members: ["G", "O"] },
                { parent: "BU", direction: "bidirectional", members: ["B"] },
                { parent: "G", direction: "bidirectional", members: ["A"] },
                { parent: "G", members: ["B"] },
            ],
        );
        expect(summary(validate(model))).toEqual([
            { code: "direction-conflict", severity: "error", teams: ["A", "G"] },
            { code: "managed-team-target", severity: "error", teams: ["A", "G"] },
            { code: "managed-team-target", severity: "error", teams: ["A", "O"] },
            { code: "managed-team-target", severity: "error", teams: ["B", "BU"] },
        ]);
        expect(
            validate(model).find((issue) => issue.code === "managed-team-target" && issue.teams[1] === "G")?.records,
        ).toEqual(["g1", "g3", "m1", "m4"]);
    });

    it("reports self-loops, missing teams and missing roles of active records only", () => {
        const model = buildModel(
            ["A", "B"],
            [
                {
                    parent: "A",
                    members: ["A", "Gone", { child: "B", role: "NoSuchRole" }, { child: "Lost", active: false }],
                },
                { parent: "Ghost", members: [{ child: "Ghost", role: "X" }] },
                { parent: "Nowhere", active: false, members: [{ child: "Lost", active: false }] },
            ],
        );
        expect(validate(model)).toEqual([
            { code: "missing-role", severity: "error", teams: ["A", "B"], records: ["g1", "m3"] },
            { code: "missing-role", severity: "error", teams: ["Ghost"], records: ["g2", "m5"] },
            { code: "missing-team", severity: "error", teams: ["Ghost"], records: ["g2", "m5"] },
            { code: "missing-team", severity: "error", teams: ["Gone"], records: ["g1", "m2"] },
            { code: "self-loop", severity: "error", teams: ["A"], records: ["g1", "m1"] },
            { code: "self-loop", severity: "error", teams: ["Ghost"], records: ["g2", "m5"] },
        ]);
    });

    it("warns about empty configurations and active members under inactive configurations", () => {
        const model = buildModel(
            ["A", "B", "C"],
            [
                { parent: "A", members: [{ child: "B", active: false }] },
                { parent: "C", members: [] },
                { parent: "B", active: false, members: ["C", { child: "A", active: false }] },
                { parent: "A", active: false, members: [{ child: "C", active: false }] },
            ],
        );
        expect(validate(model)).toEqual([
            { code: "empty-configuration", severity: "warning", teams: ["A"], records: ["g1"] },
            { code: "empty-configuration", severity: "warning", teams: ["C"], records: ["g2"] },
            { code: "inactive-parent", severity: "warning", teams: ["B"], records: ["g3", "m2"] },
        ]);
    });

    it("orders errors first, then by code, then by teams as lists", () => {
        const model = buildModel(
            ["A", "B", "C"],
            [
                { parent: "C", members: ["C"] },
                { parent: "B", members: [] },
                { parent: "A", members: ["A"] },
                { parent: "A", members: ["B"] },
                { parent: "B", members: ["A"] },
            ],
        );
        expect(summary(validate(model))).toEqual([
            { code: "direction-conflict", severity: "error", teams: ["A", "B"] },
            { code: "self-loop", severity: "error", teams: ["A"] },
            { code: "self-loop", severity: "error", teams: ["C"] },
            { code: "empty-configuration", severity: "warning", teams: ["B"] },
        ]);
    });

    it("warns wide-cascade above the setting, over every edge, with the reachable count", () => {
        // Root → 3 middles, each → 3 leaves (a tree of 12 below Root); M1 also → L2a, sharing a leaf.
        const middles = ["M1", "M2", "M3"];
        const leaves = middles.flatMap((m) => [`${m}a`, `${m}b`, `${m}c`].map((l) => l.replace("M", "L")));
        const configs = [
            { parent: "Root", members: middles.map((child) => ({ child, role: "R" })) },
            ...middles.map((m, i) => ({ parent: m, members: leaves.slice(3 * i, 3 * i + 3) })),
        ];
        const model = buildModel(["Root", ...middles, ...leaves], configs, []);
        expect(validate(model, { wideCascade: 12 }).filter((issue) => issue.code === "wide-cascade")).toEqual([]);
        const wide = validate(model, { wideCascade: 3 }).filter((issue) => issue.code === "wide-cascade");
        expect(wide).toEqual([
            {
                code: "wide-cascade",
                severity: "warning",
                teams: ["Root"],
                records: ["g1", "m1", "m2", "m3"],
                reachable: 12,
            },
        ]);

        const shared = buildModel(["Root", ...middles, ...leaves], [...configs, { parent: "M1", members: ["L2a"] }]);
        expect(
            validate(shared, { wideCascade: 3 })
                .filter((issue) => issue.code === "wide-cascade")
                .map((issue) => [issue.teams[0], issue.reachable]),
        ).toEqual([
            ["M1", 4],
            ["Root", 12],
        ]);
    });

    it("counts the rest of a team's own component in its reach", () => {
        const ring = ["A", "B", "C", "D"];
        const model = buildModel(
            [...ring, "E"],
            [
                { parent: "A", direction: "bidirectional", members: ["B", "C", "D"] },
                { parent: "D", members: ["E"] },
            ],
        );
        const wide = validate(model, { wideCascade: 3 }).filter((issue) => issue.code === "wide-cascade");
        expect(wide.map((issue) => [issue.teams[0], issue.reachable])).toEqual(ring.map((team) => [team, 4]));
    });

    it("validates a 50,000-team chain without recursion", () => {
        const ids = Array.from({ length: 50_000 }, (_, i) => `T${String(i).padStart(5, "0")}`);
        const chain = buildModel(ids, [
            ...ids.slice(1).map((child, i) => ({ parent: ids[i], members: [child] })),
            { parent: ids[49_999], members: [ids[0]] },
        ]);
        const issues = validate(chain);
        expect(summary(issues)).toEqual([
            { code: "cycle", severity: "error", teams: ids },
            ...ids.map((id) => ({ code: "wide-cascade", severity: "warning", teams: [id] })),
        ]);
        expect(issues[1].reachable).toBe(49_999);
    });
});
