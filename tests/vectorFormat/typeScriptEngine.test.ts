import path from "node:path";
import * as engine from "../../TeamSyncEditor/engine";
import { parseVector } from "./parseVector";
import { EngineApi, loadTypeScriptEngine, runTypeScriptEngine } from "./typeScriptEngine";

// Compile-time check that the engine's exports still fit the API the runner calls.
const api: EngineApi = engine;

const teams = [{ id: "A" }, { id: "B" }, { id: "C" }];
const configs = [
    {
        id: "g1",
        parent: "A",
        direction: "bidirectional",
        active: true,
        members: [
            { id: "m1", child: "B", order: 10, active: true },
            { id: "m2", child: "C", order: 20, active: true },
        ],
    },
];

describe("runTypeScriptEngine", () => {
    it("answers a join in the shape of expect, with only op, user, team and via", () => {
        const vector = parseVector({
            teams,
            configs,
            memberships: { u1: { B: "manual" } },
            event: { kind: "join", user: "u1", team: "B" },
            expect: { operations: [], warnings: [] },
        });
        expect(runTypeScriptEngine(api, vector)).toEqual({
            operations: [
                { op: "add", user: "u1", team: "A", via: ["B", "A"] },
                { op: "add", user: "u1", team: "C", via: ["B", "A", "C"] },
            ],
            warnings: [],
        });
    });

    it("answers validate with code, severity and teams only", () => {
        const vector = parseVector({
            teams,
            configs: [{ ...configs[0], members: [{ id: "m1", child: "A", active: true }] }],
            event: { kind: "validate" },
            expect: { issues: [] },
        });
        expect(runTypeScriptEngine(api, vector)).toEqual({
            issues: [{ code: "self-loop", severity: "error", teams: ["A"] }],
        });
    });

    it("previews an edit against the vector's configs before and event.configs after", () => {
        const after = [
            { ...configs[0], members: [...configs[0].members, { id: "m3", child: "D", order: 30, active: true }] },
        ];
        const vector = parseVector({
            teams: [...teams, { id: "D" }],
            configs,
            memberships: { u1: { A: "manual", B: "sync", C: "sync" } },
            event: { kind: "edit", configs: after },
            expect: { operations: [], warnings: [] },
        });
        expect(runTypeScriptEngine(api, vector)).toEqual({
            operations: [{ op: "add", user: "u1", team: "D", via: ["A", "D"] }],
            warnings: [],
        });
    });

    it("loads the engine from the repository at run time", async () => {
        const loaded = await loadTypeScriptEngine(path.resolve(__dirname, "..", ".."));
        expect(Object.keys(loaded)).toEqual(
            expect.arrayContaining(["buildGraph", "validate", "planJoin", "planLeave", "reconcile", "previewEdit"]),
        );
    });

    it("refuses a folder without the engine", async () => {
        await expect(loadTypeScriptEngine(__dirname)).rejects.toThrow();
    });
});
