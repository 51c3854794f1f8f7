// Unsaved work is not lost without warning: Discard can be undone, and leaving the
// form with unsaved edits asks first, as a model-driven form does for its own fields. The control makes
// the form dirty through its bound output (notifyOutputChanged, getOutputs), the seam the platform uses.
import assert from "node:assert/strict";
import { describe } from "node:test";
import { seriousAxeViolations } from "./support/axe";
import { EditorPanel } from "./support/editorPanel";
import type { PageSession } from "./support/pageSession";
import { PlaygroundPage } from "./support/playgroundPage";
import { playgroundSuite } from "./support/playgroundSuite";

describe("unsaved work in the playground", () => {
    let session: PageSession;
    let playground: PlaygroundPage;
    let editor: EditorPanel;
    const scenario = playgroundSuite((opened) => ({ session, playground, editor } = opened));

    const oneChange = () =>
        editor.unsavedCount().getByText(editor.strings.format("Editor_Changes_One", 1), { exact: true });
    const button = (key: string) =>
        editor.unsavedCount().getByRole("button", { name: editor.strings.get(key), exact: true });

    /** Chooses another team in the Team form menu and answers the page's confirm, if one comes; returns its message. */
    const chooseTeam = async (name: string, answer: "accept" | "dismiss"): Promise<string | null> => {
        let asked: string | null = null;
        const handler = (dialog: import("playwright-core").Dialog) => {
            asked = dialog.message();
            void (answer === "accept" ? dialog.accept() : dialog.dismiss());
        };
        session.page.on("dialog", handler);
        try {
            await session.page.getByRole("combobox", { name: "Team form" }).selectOption({ label: name });
            await session.page.waitForTimeout(300);
        } finally {
            session.page.off("dialog", handler);
        }
        return asked;
    };

    scenario("Discard can be undone: Undo brings the discarded edits back", async () => {
        await playground.open({ fresh: true });
        await editor.waitUntilLoaded();
        await editor.addChildWithKeyboard("Treasury Operations");
        await oneChange().waitFor();
        await button("Editor_Discard").click();
        await editor.unsavedCount().getByText(editor.strings.get("Editor_NoChanges")).waitFor();
        await editor.unsavedCount().getByRole("status").getByText(editor.strings.get("Editor_Discarded_One")).waitFor();
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        await button("Editor_Undo").click();
        await oneChange().waitFor();
        await editor.graphNode("Treasury Operations").waitFor();
        assert.deepEqual(session.errors(), []);
    });

    scenario("switching to another team with unsaved edits asks first, and staying keeps the edits", async () => {
        await playground.open({ fresh: true });
        await editor.waitUntilLoaded();
        await editor.addChildWithKeyboard("Treasury Operations");
        await oneChange().waitFor();
        const asked = await chooseTeam("Compliance Review", "dismiss");
        assert.ok(asked, "the page asks before leaving a form with unsaved changes");
        await playground.form().getByRole("heading", { name: "Team: Commercial Lending Team" }).waitFor();
        await oneChange().waitFor();
        assert.equal(
            await session.page.evaluate(() => {
                const event = new Event("beforeunload", { cancelable: true });
                window.dispatchEvent(event);
                return event.defaultPrevented;
            }),
            true,
            "closing or reloading the tab asks too",
        );
        assert.deepEqual(session.errors(), []);
    });

    scenario("leaving anyway opens the other team; without edits nothing is asked", async () => {
        assert.ok(await chooseTeam("Compliance Review", "accept"));
        await playground.form().getByRole("heading", { name: "Team: Compliance Review" }).waitFor();
        await editor.waitUntilLoaded();
        assert.equal(await chooseTeam("Commercial Lending Team", "dismiss"), null);
        await playground.form().getByRole("heading", { name: "Team: Commercial Lending Team" }).waitFor();
        assert.deepEqual(session.errors(), []);
    });
});
