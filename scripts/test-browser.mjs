// `npm run test:browser`: the playground's browser tests in headless Chromium (playwright-core).
// Chromium comes from Debian: installed here when missing and we are root on Debian, otherwise the run
// fails saying how to install it. Never skipped. Ends with an "N passed, M failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const resultsDir = path.join(root, "test-results");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function isDebian() {
    return existsSync("/etc/debian_version");
}

function ensureChromium() {
    if (existsSync(chromiumPath)) return;
    if (process.env.CHROMIUM_PATH === undefined && process.getuid?.() === 0 && isDebian()) {
        console.log("Chromium is missing: installing Debian's chromium package.");
        for (const args of [["update"], ["install", "-y", "chromium"]]) {
            const result = spawnSync("apt-get", args, {
                stdio: "inherit",
                env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
            });
            if (result.status !== 0) fail(`apt-get ${args.join(" ")} failed (exit ${result.status}).`);
        }
        if (existsSync(chromiumPath)) return;
    }
    fail(
        `Chromium not found at ${chromiumPath}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
            "or set CHROMIUM_PATH to a Chromium or Chrome executable, then run the browser tests again.",
    );
}

function fail(message) {
    console.error(message);
    console.log("0 passed, 1 failed");
    process.exit(1);
}

function testFiles(dir) {
    return readdirSync(dir, { withFileTypes: true })
        .flatMap((entry) => {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) return testFiles(full);
            return entry.name.endsWith(".test.ts") ? [full] : [];
        })
        .sort();
}

ensureChromium();
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

// One build for every test file: each then serves it with `playground/server.mjs --no-build`.
// `--no-build` reuses out/controls from an earlier build (a quick rerun).
if (!process.argv.includes("--no-build")) {
    const build = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs")], {
        cwd: root,
        stdio: "inherit",
    });
    if (build.status !== 0) fail("The control's build failed.");
}

// The host page's own TypeScript is bundled by esbuild, which does not type-check.
const typecheck = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(root, "playground", "tsconfig.json")],
    { cwd: root, stdio: "inherit" },
);
if (typecheck.status !== 0) fail("The playground's type check failed.");

const tap = path.join(resultsDir, "browser.tap");
const only = process.argv
    .slice(2)
    .filter((arg) => !arg.startsWith("--"))
    .map((arg) => path.resolve(arg));
const files = only.length > 0 ? only : testFiles(path.join(root, "tests", "browser"));
const run = spawnSync(
    process.execPath,
    [
        "--import",
        "tsx",
        "--test",
        "--test-concurrency=1",
        "--test-reporter=spec",
        "--test-reporter-destination=stdout",
        "--test-reporter=tap",
        `--test-reporter-destination=${tap}`,
        ...files,
    ],
    {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, CHROMIUM_PATH: chromiumPath, TEAMSYNC_TEST_RESULTS: resultsDir },
    },
);

const report = existsSync(tap) ? readFileSync(tap, "utf8") : "";
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(report)?.[1] ?? 0);
const passed = count("pass");
// A runner that fails without failing a test (a file that cannot load) still counts as a failure.
const failed = count("fail") + (run.status !== 0 && count("fail") === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
