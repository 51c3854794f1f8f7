import { after, before, test } from "node:test";
import { launchChromium, LaunchedBrowser } from "./browser";
import { ControlStrings } from "./controlStrings";
import { EditorPanel } from "./editorPanel";
import { openPageSession, PageSession, withArtifacts } from "./pageSession";
import { PlaygroundPage } from "./playgroundPage";
import { RunningServer, startPlayground } from "./playgroundServer";

/** What a suite of scenarios drives: one page of the playground in Chromium, and the control on it. */
export interface OpenedPlayground {
    session: PageSession;
    playground: PlaygroundPage;
    editor: EditorPanel;
}

/**
 * Call inside `describe`: starts the playground and Chromium before the suite's scenarios and closes
 * them after, handing the opened page to `opened`. Returns `scenario`, a test that keeps the page's
 * artifacts when it fails.
 */
export function playgroundSuite(
    opened: (page: OpenedPlayground) => void,
): (name: string, body: () => Promise<void>) => void {
    let server: RunningServer | undefined;
    let browser: LaunchedBrowser | undefined;
    let session: PageSession;
    before(async () => {
        server = await startPlayground();
        browser = await launchChromium();
        session = await openPageSession(browser.context);
        const playground = new PlaygroundPage(session.page, server.url);
        opened({ session, playground, editor: new EditorPanel(playground.control(), new ControlStrings()) });
    });
    after(async () => {
        await browser?.close();
        await server?.stop();
    });
    return (name, body) => {
        test(name, () => withArtifacts(session, name, body));
    };
}
