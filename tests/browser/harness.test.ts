import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { launchChromium, LaunchedBrowser } from "./support/browser";
import { ControlStrings } from "./support/controlStrings";
import { HarnessPage } from "./support/harnessPage";
import { openPageSession, PageSession, withArtifacts } from "./support/pageSession";
import { RunningServer, startServer } from "./support/playgroundServer";

describe("npm run harness (pcf-start's test harness)", () => {
    let server: RunningServer;
    let browser: LaunchedBrowser;
    let session: PageSession;

    before(async () => {
        server = await startServer(
            "scripts/harness.mjs",
            ["--no-build", "--no-open"],
            /TeamSync harness \(pcf-start\): (http:\/\/127\.0\.0\.1:\d+\/)/,
        );
        browser = await launchChromium();
        session = await openPageSession(browser.context);
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    test("the control renders in the harness and says it cannot load its data, without an uncaught error", () =>
        withArtifacts(session, "harness renders the control", async () => {
            const harness = new HarnessPage(session.page, server.url);
            await harness.open();
            assert.equal(
                await session.page.evaluate(() => typeof (window as unknown as { ReactDOMv16?: unknown }).ReactDOMv16),
                "object",
            );
            await harness.control().locator("*").first().waitFor();
            // The harness has no Web API: the control reports the failed load and offers to retry.
            await harness
                .control()
                .getByRole("button", { name: new ControlStrings().get("Editor_Retry") })
                .waitFor();
            assert.equal(await session.page.getByText("Error loading control").count(), 0);
            assert.deepEqual(
                session.consoleLines.filter((line) => line.startsWith("pageerror")),
                [],
            );
        }));
});
