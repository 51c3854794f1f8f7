import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BrowserContext, Page } from "playwright-core";

/** A page whose console and uncaught errors are recorded, for assertions and for failure reports. */
export interface PageSession {
    page: Page;
    /** Every console message and page error, in order, as "type: text". */
    consoleLines: string[];
    /** Console errors and uncaught exceptions only. */
    errors(): string[];
    /** Keeps a screenshot and the console under test-results/ (called when a test fails). */
    saveArtifacts(testName: string): Promise<void>;
    close(): Promise<void>;
}

const resultsDir = process.env.TEAMSYNC_TEST_RESULTS ?? path.resolve(__dirname, "..", "..", "..", "test-results");

export async function openPageSession(context: BrowserContext): Promise<PageSession> {
    const page = await context.newPage();
    const consoleLines: string[] = [];
    const errorLines: string[] = [];
    page.on("console", (message) => {
        const line = `${message.type()}: ${message.text()}`;
        consoleLines.push(line);
        if (message.type() === "error") errorLines.push(line);
    });
    // The console says only "Failed to load resource": the response names the URL.
    page.on("response", (response) => {
        if (response.status() >= 400) consoleLines.push(`http ${response.status()}: ${response.url()}`);
    });
    page.on("pageerror", (error) => {
        const line = `pageerror: ${error.stack ?? error.message}`;
        consoleLines.push(line);
        errorLines.push(line);
    });
    return {
        page,
        consoleLines,
        errors: () => [...errorLines],
        async saveArtifacts(testName) {
            mkdirSync(resultsDir, { recursive: true });
            const base = path.join(
                resultsDir,
                testName
                    .replace(/[^a-z0-9]+/gi, "-")
                    .replace(/^-|-$/g, "")
                    .toLowerCase(),
            );
            writeFileSync(`${base}.console.txt`, consoleLines.join("\n") + "\n");
            await page.screenshot({ path: `${base}.png`, fullPage: true }).catch((error: Error) => {
                writeFileSync(`${base}.screenshot-error.txt`, String(error));
            });
        },
        close: () => page.close(),
    };
}

/**
 * Runs a test body and, when it fails, keeps the page's screenshot and console before rethrowing.
 * Use it inside `test(name, () => withArtifacts(session, name, async () => { ... }))`.
 */
export async function withArtifacts(session: PageSession, testName: string, body: () => Promise<void>): Promise<void> {
    try {
        await body();
    } catch (error) {
        await session.saveArtifacts(testName);
        throw error;
    }
}
