/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const repoRoot = path.resolve(__dirname, "..", "..");
const malformedDir = path.join(repoRoot, "tests", "vectors-malformed");

function runner(...args: string[]) {
    const result = spawnSync(
        process.execPath,
        [
            path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"),
            path.join(repoRoot, "scripts", "vectors.ts"),
            ...args,
        ],
        { cwd: repoRoot, encoding: "utf8" },
    );
    return { status: result.status, lines: result.stdout.trim().split("\n"), stderr: result.stderr };
}

describe("the vectors runner", () => {
    it("reports every malformed vector as a failure naming the file and the field, once per engine, and exits 1", () => {
        const files = readdirSync(malformedDir).filter((f) => f.endsWith(".json"));
        const engines = existsSync(path.join(repoRoot, "Plugin", "Vectors", "TeamSync.Vectors.csproj")) ? 2 : 1;
        const { status, lines, stderr } = runner("tests/vectors-malformed");
        expect(stderr).toBe("");
        expect(status).toBe(1);
        expect(lines[lines.length - 1]).toBe(`0 passed, ${files.length * engines} failed`);
        const expected: Record<string, string> = {
            "bad-json.json": "not valid JSON",
            "member-without-child.json": "configs[0].members[1].child: missing (expected a string)",
            "unknown-event-kind.json": `event.kind: expected one of "validate", "join", "leave", "reconcile", "edit", got "promote"`,
            "membership-of-unknown-team.json": `memberships.u1.X: team "X" is not in teams`,
            "unknown-direction.json": `configs[0].direction: expected "one-way"`,
            "order-as-string.json": `configs[0].members[0].order: expected a number, got "10"`,
            "expect-without-warnings.json": "expect.warnings: missing (expected an array)",
            "edit-without-configs.json": "event.configs: missing (expected an array)",
            "unknown-provenance.json": `memberships.u1.A: expected "manual" or "sync", got "inherited"`,
        };
        expect(Object.keys(expected).sort()).toEqual([...files].sort());
        for (const [file, message] of Object.entries(expected)) {
            const line = lines.find((l) =>
                l.startsWith(`FAIL tests/vectors-malformed/${file} [typescript]: malformed vector: `),
            );
            expect(line).toContain(message);
        }
    });

    describe("on a folder of good, wrong and malformed vectors", () => {
        let dir = "";
        beforeAll(() => {
            dir = mkdtempSync(path.join(os.tmpdir(), "vectors-"));
            copyFileSync(
                path.join(repoRoot, "tests", "vectors", "example3-leave-multi-parent-keeps-child.json"),
                path.join(dir, "good.json"),
            );
            writeFileSync(
                path.join(dir, "wrong.json"),
                JSON.stringify({
                    description: "expects a removal that leave must not make",
                    teams: [{ id: "A" }, { id: "B" }],
                    configs: [
                        {
                            id: "g1",
                            parent: "A",
                            direction: "one-way",
                            active: true,
                            members: [{ id: "m1", child: "B", order: 1, active: true }],
                        },
                    ],
                    memberships: { u1: { B: "manual" } },
                    event: { kind: "leave", user: "u1", team: "A" },
                    expect: { operations: [{ op: "remove", user: "u1", team: "B", via: ["A", "B"] }], warnings: [] },
                }),
            );
            copyFileSync(path.join(malformedDir, "member-without-child.json"), path.join(dir, "malformed.json"));
            writeFileSync(path.join(dir, "notes.txt"), "not a vector");
        });
        afterAll(() => rmSync(dir, { recursive: true, force: true }));

        it("counts vector × engine runs, prints expected and actual of a wrong vector, and exits 1", () => {
            const { status, lines } = runner(dir, "--engine", "typescript");
            expect(status).toBe(1);
            expect(lines[0]).toMatch(/^3 vectors in .*; engines: typescript$/);
            const wrong = lines.findIndex((l) =>
                l.endsWith("wrong.json [typescript]: expects a removal that leave must not make"),
            );
            expect(wrong).toBeGreaterThan(0);
            expect(lines[wrong + 1]).toBe(
                `  expected: {"operations":[{"op":"remove","user":"u1","team":"B","via":["A","B"]}],"warnings":[]}`,
            );
            expect(lines[wrong + 2]).toBe(`  actual:   {"operations":[],"warnings":[]}`);
            expect(
                lines.some((l) =>
                    l.includes("malformed.json [typescript]: malformed vector: configs[0].members[1].child"),
                ),
            ).toBe(true);
            expect(lines.some((l) => l.includes("good.json"))).toBe(false);
            expect(lines[lines.length - 1]).toBe("1 passed, 2 failed");
        });
    });

    it("fails a folder without vectors", () => {
        const empty = mkdtempSync(path.join(os.tmpdir(), "vectors-"));
        try {
            const { status, lines } = runner(empty);
            expect(status).toBe(1);
            expect(lines[lines.length - 1]).toBe("0 passed, 0 failed");
        } finally {
            rmSync(empty, { recursive: true, force: true });
        }
    });

    it("refuses an engine it does not have", () => {
        const { status, lines } = runner("tests/vectors", "--engine", "cobol");
        expect(status).toBe(1);
        expect(lines[0]).toContain("Unknown or unavailable engine: cobol");
    });
});
