/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/** Prettier's `--file-info` for a path: whether `npm run format:check` looks at it. */
function prettierIgnores(path: string): boolean {
    const prettier = join(root, "node_modules", "prettier", "bin", "prettier.cjs");
    const result = spawnSync(process.execPath, [prettier, "--file-info", path], { cwd: root, encoding: "utf8" });
    return (JSON.parse(result.stdout) as { ignored: boolean }).ignored;
}

describe("the formatting check", () => {
    it.each([
        "TeamSyncEditor/index.ts",
        "TeamSyncEditor/components/editor/EditorView.tsx",
        "playground/server.mjs",
        "scripts/test.mjs",
        "tests/engine/planJoin.test.ts",
        "bench/measure.ts",
        "eslint.config.mjs",
        "jest.config.js",
    ])("covers %s", (path) => {
        expect(prettierIgnores(path)).toBe(false);
    });

    it.each([
        "TeamSyncEditor/generated/ManifestTypes.d.ts",
        "out/controls/TeamSyncEditor/bundle.js",
        "tests/vectors/join-breadth-first.json",
    ])("leaves %s alone", (path) => {
        expect(prettierIgnores(path)).toBe(true);
    });
});
