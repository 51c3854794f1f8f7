import { parseVector, VectorFormatError } from "./parseVector";

function minimal(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
        teams: [{ id: "A" }, { id: "B", type: 2 }, { id: "D", default: true }],
        configs: [
            {
                id: "g1",
                parent: "A",
                direction: "one-way",
                active: true,
                members: [{ id: "m1", child: "B", order: 1, active: true }],
            },
        ],
        event: { kind: "validate" },
        expect: { issues: [] },
        ...overrides,
    };
}

function fieldOf(json: unknown): string {
    try {
        parseVector(json);
    } catch (e) {
        if (e instanceof VectorFormatError) return e.field;
        throw e;
    }
    throw new Error("the vector parsed");
}

function withConfig(config: Record<string, unknown>): Record<string, unknown> {
    return minimal({
        configs: [{ id: "g1", parent: "A", direction: "one-way", active: true, members: [], ...config }],
    });
}

describe("parseVector", () => {
    it("fills the spec's defaults: settings, roles, userRoles, memberships, team type and default flag", () => {
        const vector = parseVector(minimal());
        expect(vector.settings).toEqual({ wideCascade: 25 });
        expect(vector.roles).toEqual([]);
        expect(vector.userRoles).toEqual([]);
        expect(vector.memberships).toEqual([]);
        expect(vector.teams).toEqual([
            { id: "A", type: 0, isDefault: false },
            { id: "B", type: 2, isDefault: false },
            { id: "D", type: 0, isDefault: true },
        ]);
    });

    it("reads order and role absent or null as null, and active absent as active", () => {
        const vector = parseVector(
            withConfig({
                members: [
                    { id: "m1", child: "B" },
                    { id: "m2", child: "D", order: null, role: null, active: false },
                ],
            }),
        );
        expect(vector.configs[0].members).toEqual([
            { id: "m1", child: "B", order: null, active: true, role: null },
            { id: "m2", child: "D", order: null, active: false, role: null },
        ]);
    });

    it.each([
        ["one-way", "one-way"],
        ["oneway", "one-way"],
        ["one_way", "one-way"],
        ["oneWay", "one-way"],
        [1, "one-way"],
        ["bidirectional", "bidirectional"],
        [2, "bidirectional"],
    ])("reads direction %p as %s", (written, canonical) => {
        expect(parseVector(withConfig({ direction: written })).configs[0].direction).toBe(canonical);
    });

    it("keeps settings, roles, userRoles and memberships as written", () => {
        const vector = parseVector(
            minimal({
                settings: { wideCascade: 3 },
                roles: ["R1"],
                userRoles: { u2: ["R1"], u1: [] },
                memberships: { u2: { A: "manual", B: "sync" }, u1: {} },
            }),
        );
        expect(vector.settings.wideCascade).toBe(3);
        expect(vector.roles).toEqual(["R1"]);
        expect(vector.userRoles).toEqual([
            ["u2", ["R1"]],
            ["u1", []],
        ]);
        expect(vector.memberships).toEqual([
            [
                "u2",
                [
                    ["A", "manual"],
                    ["B", "sync"],
                ],
            ],
            ["u1", []],
        ]);
    });

    it("reads each event kind", () => {
        const plan = { operations: [], warnings: [] };
        expect(parseVector(minimal({ event: { kind: "join", user: "u1", team: "A" }, expect: plan })).event).toEqual({
            kind: "join",
            user: "u1",
            team: "A",
        });
        expect(parseVector(minimal({ event: { kind: "leave", user: "u1", team: "A" }, expect: plan })).event).toEqual({
            kind: "leave",
            user: "u1",
            team: "A",
        });
        expect(parseVector(minimal({ event: { kind: "reconcile" }, expect: plan })).event).toEqual({
            kind: "reconcile",
        });
        const edit = parseVector(
            minimal({
                event: { kind: "edit", configs: [{ id: "g2", parent: "B", direction: 2, members: [] }] },
                expect: plan,
            }),
        ).event;
        expect(edit).toEqual({
            kind: "edit",
            configs: [{ id: "g2", parent: "B", direction: "bidirectional", active: true, members: [] }],
        });
    });

    it.each([
        [[], "(vector)"],
        [minimal({ teams: undefined }), "teams"],
        [minimal({ teams: [{ id: "A" }, { id: 7 }] }), "teams[1].id"],
        [minimal({ teams: [{ id: "A", type: "2" }] }), "teams[0].type"],
        [
            minimal({
                configs: [
                    { id: "g1", parent: "A", direction: "one-way", members: [{ id: "m1", child: "B" }, { id: "m2" }] },
                ],
            }),
            "configs[0].members[1].child",
        ],
        [withConfig({ parent: undefined }), "configs[0].parent"],
        [withConfig({ direction: "up" }), "configs[0].direction"],
        [withConfig({ direction: 3 }), "configs[0].direction"],
        [withConfig({ active: "yes" }), "configs[0].active"],
        [withConfig({ members: [{ id: "m1", child: "B", order: "1" }] }), "configs[0].members[0].order"],
        [withConfig({ members: [{ id: "m1", child: "B", role: 5 }] }), "configs[0].members[0].role"],
        [minimal({ settings: { wideCascade: "25" } }), "settings.wideCascade"],
        [minimal({ roles: ["R1", 2] }), "roles[1]"],
        [minimal({ userRoles: { u1: "R1" } }), "userRoles.u1"],
        [minimal({ memberships: { u1: { X: "manual" } } }), "memberships.u1.X"],
        [minimal({ memberships: { u1: { A: "owner" } } }), "memberships.u1.A"],
        [minimal({ event: undefined }), "event"],
        [minimal({ event: { kind: "promote" } }), "event.kind"],
        [minimal({ event: { kind: "join", team: "A" } }), "event.user"],
        [minimal({ event: { kind: "leave", user: "u1" } }), "event.team"],
        [
            minimal({
                event: {
                    kind: "edit",
                    configs: [{ id: "g1", parent: "A", direction: "one-way", members: [{ id: "m1" }] }],
                },
            }),
            "event.configs[0].members[0].child",
        ],
        [minimal({ expect: undefined }), "expect"],
        [minimal({ expect: { issues: [{ code: "cycle", severity: "error", teams: "A" }] } }), "expect.issues[0].teams"],
        [minimal({ event: { kind: "reconcile" }, expect: { operations: [] } }), "expect.warnings"],
        [
            minimal({
                event: { kind: "reconcile" },
                expect: { operations: [{ op: "add", user: "u1", team: "A" }], warnings: [] },
            }),
            "expect.operations[0].via",
        ],
        [
            minimal({
                event: { kind: "reconcile" },
                expect: { operations: [], warnings: [{ code: "still-required" }] },
            }),
            "expect.warnings[0].teams",
        ],
    ])("names the bad field of %j: %s", (json, field) => {
        expect(fieldOf(json)).toBe(field);
    });

    it("says what was expected and what was found", () => {
        expect(() => parseVector(withConfig({ direction: "up" }))).toThrow(
            /^configs\[0\]\.direction: expected "one-way" .* got "up"$/,
        );
        expect(() => parseVector(minimal({ teams: undefined }))).toThrow("teams: missing (expected an array)");
        expect(() => parseVector(minimal({ memberships: { u1: { X: "sync" } } }))).toThrow(
            `memberships.u1.X: team "X" is not in teams`,
        );
    });
});
