import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, BrowserContext } from "playwright-core";
import chromiumSettings from "../../../playground/chromium.json";

export interface LaunchedBrowser {
    context: BrowserContext;
    close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile that is removed on close. */
export async function launchChromium(): Promise<LaunchedBrowser> {
    const userDataDir = mkdtempSync(path.join(tmpdir(), "teamsync-chromium-"));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: process.env.CHROMIUM_PATH ?? chromiumSettings.defaultPath,
        headless: true,
        args: chromiumSettings.args,
        viewport: { width: 1400, height: 900 },
    });
    return {
        context,
        async close() {
            await context.close();
            rmSync(userDataDir, { recursive: true, force: true });
        },
    };
}
