// Drives the playground from scripts (screenshot, benchmark): serve it on a free port and open it
// in headless Chromium with a fresh profile. The browser tests do the same in tests/browser/support.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const settings = JSON.parse(readFileSync(path.join(root, "playground", "chromium.json"), "utf8"));

/** Serves the playground (`--no-build`: the caller built the control) and resolves with its URL. */
export function servePlayground() {
    const child = spawn(process.execPath, [path.join(root, "playground", "server.mjs"), "--port", "0", "--no-build"], {
        cwd: root,
        stdio: ["ignore", "pipe", "inherit"],
    });
    return new Promise((resolve, reject) => {
        let output = "";
        child.stdout.on("data", (chunk) => {
            output += chunk;
            const match = /TeamSync playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
            if (match)
                resolve({
                    url: match[1],
                    stop: () =>
                        new Promise((done) => {
                            child.once("exit", done);
                            child.kill("SIGTERM");
                        }),
                });
        });
        child.once("exit", (code) => reject(new Error(`playground/server.mjs exited (${code}): ${output}`)));
    });
}

export async function launchBrowser(viewport = { width: 1400, height: 900 }) {
    const executablePath = process.env.CHROMIUM_PATH ?? settings.defaultPath;
    const userDataDir = mkdtempSync(path.join(tmpdir(), "teamsync-chromium-"));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
        args: settings.args,
        viewport,
    });
    return {
        context,
        close: async () => {
            await context.close();
            rmSync(userDataDir, { recursive: true, force: true });
        },
    };
}
