/** The built control and plugin that the pack tests need: built here when the tree has none yet. */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildControl, buildPlugin, CONTROLS_OUT, PLUGIN_OUT, REPO_ROOT } from "../../scripts/pack/packSolution";

/** Building the control or the plugin on a fresh clone takes a few minutes on two cores. */
export const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

/** Jest runs test files in parallel: one build at a time, so two files never build the same output at once. */
const LOCK = path.join(REPO_ROOT, "out", ".solution-tests-build.lock");

function withBuildLock(build: () => void): void {
    mkdirSync(path.dirname(LOCK), { recursive: true });
    const deadline = Date.now() + BUILD_TIMEOUT_MS;
    for (;;) {
        try {
            mkdirSync(LOCK);
            break;
        } catch {
            if (Date.now() > deadline) throw new Error(`${LOCK} was held for too long; remove it if no test is running`);
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
        }
    }
    try {
        build();
    } finally {
        rmSync(LOCK, { recursive: true, force: true });
    }
}

export function ensurePluginBuilt(): void {
    withBuildLock(() => {
        if (!existsSync(path.join(PLUGIN_OUT, "TeamSync.Plugins.dll"))) buildPlugin();
    });
}

export function ensureControlBuilt(): void {
    withBuildLock(() => {
        if (!existsSync(path.join(CONTROLS_OUT, "TeamSyncEditor", "bundle.js"))) buildControl();
    });
}
