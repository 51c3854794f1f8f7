// Screen reader and keyboard users keep their place: every dialog and panel of the editor gives the
// focus back where it came from when it closes, and leaves nothing of the page hidden.
import assert from "node:assert/strict";
import { describe } from "node:test";
import { seriousAxeViolations } from "./support/axe";
import { EditorPanel } from "./support/editorPanel";
import type { PageSession } from "./support/pageSession";
import { PlaygroundPage } from "./support/playgroundPage";
import { playgroundSuite } from "./support/playgroundSuite";

interface FocusState {
    /** The focused element's accessible name (aria-label or text), or "<body>" when the focus was lost. */
    focused: string;
    /** Elements around the control hidden from screen readers (aria-hidden on it or an ancestor). */
    hidden: string[];
}

describe("focus after the editor's dialogs and panels close", () => {
    let session: PageSession;
    let playground: PlaygroundPage;
    let editor: EditorPanel;
    const scenario = playgroundSuite((opened) => ({ session, playground, editor } = opened));

    /** Where the focus is once it has settled, and what around the control is hidden. */
    const focusState = async (): Promise<FocusState> => {
        await session.page.waitForTimeout(300);
        return session.page.evaluate(() => {
            const active = document.activeElement;
            const focused =
                active === null || active === document.body
                    ? "<body>"
                    : (active.getAttribute("aria-label") ?? active.textContent ?? "").trim();
            const hidden: string[] = [];
            for (
                let element: Element | null = document.querySelector("[data-testid='control-slot']");
                element !== null;
                element = element.parentElement
            ) {
                if (element.getAttribute("aria-hidden") === "true")
                    hidden.push(`${element.tagName.toLowerCase()}#${element.id}`);
            }
            return { focused, hidden };
        });
    };

    const saveName = () => editor.strings.get("Editor_Save");

    scenario("Cancel in the Save dialog gives the focus back to Save", async () => {
        await playground.open({ fresh: true });
        await editor.waitUntilLoaded();
        await editor.addChildWithKeyboard("Compliance Review");
        await editor.saveButton().click();
        const dialog = editor.saveDialog();
        await dialog.getByRole("button", { name: editor.strings.get("Editor_Cancel") }).click();
        await dialog.waitFor({ state: "detached" });
        assert.deepEqual(await focusState(), { focused: saveName(), hidden: [] });
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        assert.deepEqual(session.errors(), []);
    });

    scenario("closing the dialog after a save leaves the page readable and the focus on Save", async () => {
        await editor.saveButton().click();
        const dialog = editor.saveDialog();
        await dialog.getByRole("button", { name: saveName(), exact: true }).click();
        await dialog.getByText(editor.strings.countPattern("Editor_Save_Done")).waitFor();
        await dialog.getByRole("button", { name: editor.strings.get("Editor_Close") }).click();
        await dialog.waitFor({ state: "detached" });
        await editor.unsavedCount().getByText(editor.strings.get("Editor_NoChanges")).waitFor();
        assert.deepEqual(await focusState(), { focused: saveName(), hidden: [] });
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        assert.deepEqual(session.errors(), []);
    });

    scenario("Remove link in the link's details gives the focus back to where the details were opened", async () => {
        await playground.open({ fresh: true });
        await editor.waitUntilLoaded();
        await editor.openTab("Editor_Tab_List");
        const view = editor
            .linkTable()
            .getByRole("button", {
                name: new RegExp(`^${editor.strings.format("Editor_EditLink", "")}.*Private Workspace`),
            })
            .first();
        const opener = (await view.getAttribute("aria-label")) ?? "";
        await view.click();
        const details = editor.root.getByRole("region", { name: editor.strings.get("Editor_Details_Label") });
        await details.getByRole("button", { name: editor.strings.get("Editor_RemoveLink") }).click();
        const state = await focusState();
        assert.deepEqual(state.hidden, []);
        const stillListed = (await editor.linkTable().getByRole("button", { name: opener, exact: true }).count()) > 0;
        if (stillListed) assert.equal(state.focused, opener);
        else assert.notEqual(state.focused, "<body>");
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        assert.deepEqual(session.errors(), []);
    });

    scenario(
        "Close in the details of a link added and then removed gives the focus to the view, not the page",
        async () => {
            await editor.openTab("Editor_Tab_Graph");
            await editor.addChildWithKeyboard("Treasury Operations");
            const details = editor.root.getByRole("region", { name: editor.strings.get("Editor_Details_Label") });
            await details.getByRole("button", { name: editor.strings.get("Editor_RemoveLink") }).click();
            await details.waitFor({ state: "detached" });
            const state = await focusState();
            assert.deepEqual(state.hidden, []);
            assert.notEqual(state.focused, "<body>");
            assert.deepEqual(session.errors(), []);
        },
    );
});
