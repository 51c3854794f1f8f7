// The editor by keyboard, and removing a saved link, in the playground.
import assert from "node:assert/strict";
import { describe } from "node:test";
import { Locator } from "playwright-core";
import { seriousAxeViolations } from "./support/axe";
import { EditorPanel } from "./support/editorPanel";
import type { PageSession } from "./support/pageSession";
import { PlaygroundPage } from "./support/playgroundPage";
import { playgroundSuite } from "./support/playgroundSuite";

/**
 * Marks every control in `root` a keyboard user must reach: enabled buttons, fields, switches,
 * checkboxes, the graph's teams and links; of a radio group or tab list only the current item (the
 * arrow keys move within them). Returns each one's description, by mark.
 */
async function markActions(root: Locator): Promise<string[]> {
    // No named functions inside: the test runner's transform would wrap them in a helper the page lacks.
    return root.evaluate((element) => {
        const selector = [
            "button",
            "input",
            "select",
            "textarea",
            "a[href]",
            "[role=button]",
            "[role=combobox]",
            "[role=switch]",
            "[role=checkbox]",
            "[role=tab][aria-selected=true]",
            ".react-flow__node",
            ".react-flow__edge",
        ].join(",");
        const found = Array.from(element.querySelectorAll(selector)).filter((e) => {
            const box = e.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || e.closest("[aria-hidden=true], [data-tabster-dummy]") !== null)
                return false;
            if ((e as HTMLButtonElement).disabled || e.getAttribute("aria-disabled") === "true") return false;
            // A tab list's other tabs are reached with the arrow keys; a combobox's "Open" icon is the combobox's own stop.
            if (e.getAttribute("role") === "tab" && e.getAttribute("aria-selected") !== "true") return false;
            if (e.closest(".fui-Combobox__expandIcon, .fui-Dropdown__expandIcon") !== null) return false;
            if (e instanceof HTMLInputElement && e.type === "radio") return e.checked;
            return !(e instanceof HTMLInputElement && e.type === "hidden");
        });
        // A control inside another marked one (a team's handle in its node) is its own stop; an input inside its widget is not.
        const actions = found.filter(
            (e) => !(e instanceof HTMLInputElement && found.some((other) => other !== e && other.contains(e))),
        );
        actions.forEach((e, index) => e.setAttribute("data-keyboard-action", String(index)));
        return actions.map((e) =>
            `${e.tagName.toLowerCase()} ${e.getAttribute("aria-label") ?? e.getAttribute("role") ?? ""} ${(e.textContent ?? "").trim().slice(0, 60)}`.trim(),
        );
    });
}

/** Presses Tab `presses` times from `start`, noting which marked controls had focus. */
async function reachedByTab(root: Locator, start: Locator, presses: number): Promise<Set<number>> {
    const page = root.page();
    await start.focus();
    const reached = new Set<number>();
    for (let i = 0; i < presses; i += 1) {
        const mark = await page.evaluate(
            () =>
                document.activeElement?.closest("[data-keyboard-action]")?.getAttribute("data-keyboard-action") ?? null,
        );
        if (mark !== null) reached.add(Number(mark));
        await page.keyboard.press("Tab");
    }
    return reached;
}

describe("the editor by keyboard", () => {
    let session: PageSession;
    let playground: PlaygroundPage;
    let editor: EditorPanel;
    const scenario = playgroundSuite((opened) => ({ session, playground, editor } = opened));
    const documentLibraryLink = () =>
        editor
            .graph()
            .locator(
                `.react-flow__edge[aria-label*="${editor.strings.format("Editor_Edge_Name_OneWay", "", "Document Library").trim()}"]`,
            );

    scenario("Tab reaches every action of the Graph, List and Preview views", async () => {
        await playground.open({ fresh: true });
        await editor.waitUntilLoaded();
        await editor.graphNode("Document Library").waitFor();
        for (const view of ["Editor_Tab_Graph", "Editor_Tab_List", "Preview_Tab"] as const) {
            await editor.openTab(view);
            const tab = editor.root.getByRole("tab", { name: editor.strings.get(view) });
            const actions = await markActions(editor.root);
            const reached = await reachedByTab(editor.root, tab, actions.length * 2 + 20);
            const missed = actions.filter((_, index) => !reached.has(index));
            assert.deepEqual(missed, [], `${view}: not reachable by Tab`);
        }
        assert.deepEqual(session.errors(), []);
    });

    scenario(
        "Delete on a focused saved link turns it off once, says so, and the Save dialog names both ends with the bar's count",
        async () => {
            await editor.openTab("Editor_Tab_Graph");
            const link = documentLibraryLink();
            await link.waitFor();
            await editor.tabTo(link);
            await session.page.keyboard.press("Delete");
            await editor.unsavedCount().getByText(editor.strings.get("Editor_Changes_One")).waitFor();
            await editor
                .graph()
                .locator(
                    `.react-flow__edge[aria-label*="Document Library"][aria-label*="${editor.strings.get("Editor_Edge_Inactive")}"]`,
                )
                .waitFor();
            // Again on the link now turned off: nothing more to do, so no second change.
            await link.focus();
            await session.page.keyboard.press("Delete");
            await session.page.keyboard.press("Enter");
            const details = editor.root.getByRole("region", { name: editor.strings.get("Editor_Details_Label") });
            await details.getByText(editor.strings.get("Editor_Details_TurnedOff")).waitFor();
            assert.deepEqual(await seriousAxeViolations(session.page), []);
            await editor.unsavedCount().getByText(editor.strings.get("Editor_Changes_One")).waitFor();
            await editor.saveButton().click();
            const dialog = editor.saveDialog();
            await dialog
                .getByText(editor.strings.format("Editor_Save_WillWrite", editor.strings.counted("Change", 1)))
                .waitFor();
            await dialog
                .getByText(editor.strings.pattern("Impact_Summary"))
                .or(dialog.getByText(editor.strings.get("Impact_NoChange")))
                .waitFor();
            const writes = await dialog
                .getByRole("listitem")
                .first()
                .locator("xpath=..")
                .getByRole("listitem")
                .allInnerTexts();
            assert.deepEqual(writes, [
                editor.strings.format(
                    "Editor_Write_deactivate",
                    editor.strings.format("Editor_Write_Link", "Commercial Lending Team \u2192 Document Library"),
                ),
            ]);
            // The dialog fades in: contrast is measured once it has.
            await dialog.evaluate((surface) =>
                Promise.all(surface.getAnimations({ subtree: true }).map((animation) => animation.finished)),
            );
            assert.deepEqual(await seriousAxeViolations(session.page), []);
            await dialog.getByRole("button", { name: editor.strings.get("Editor_Cancel") }).click();
            await editor.root.getByRole("button", { name: editor.strings.get("Editor_Undo") }).click();
            await editor.unsavedCount().getByText(editor.strings.get("Editor_NoChanges")).waitFor();
        },
    );

    scenario("the Preview tab asks what if any user of the organisation joins or leaves", async () => {
        await editor.openTab("Preview_Tab");
        await editor.root.getByRole("radio", { name: editor.strings.get("Preview_ExistingUser") }).check();
        await editor.root.getByRole("combobox", { name: editor.strings.get("Preview_PickUser") }).click();
        await session.page.keyboard.type("Ibra");
        await session.page.locator(".fui-Listbox").getByRole("option", { name: "Ibrahim Diallo" }).click();
        await editor.root.getByRole("region", { name: /joins/ }).waitFor();
        await editor.root.getByRole("region", { name: /leaves/ }).waitFor();
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        assert.deepEqual(session.errors(), []);
    });
});
