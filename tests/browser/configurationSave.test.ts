// Saving a configuration in the playground: the simulated plugin then does what the Save dialog's
// impact summary promised, and the sync log shows it (docs/semantics.md §6, as ConfigurationReconcilePlugin does).
import assert from "node:assert/strict";
import { describe } from "node:test";
import { seriousAxeViolations } from "./support/axe";
import { EditorPanel } from "./support/editorPanel";
import type { PageSession } from "./support/pageSession";
import { PlaygroundPage } from "./support/playgroundPage";
import { playgroundSuite } from "./support/playgroundSuite";

describe("a configuration save in the playground", () => {
    let session: PageSession;
    let playground: PlaygroundPage;
    let editor: EditorPanel;
    const scenario = playgroundSuite((opened) => ({ session, playground, editor } = opened));

    scenario("the memberships the Save dialog promises appear in the sync log once saved", async () => {
        await playground.open({ fresh: true });
        await editor.waitUntilLoaded();
        const treasury = await session.page
            .getByRole("combobox", { name: "Team form" })
            .getByRole("option", { name: "Treasury Operations", exact: true })
            .getAttribute("value");
        await editor.addChildWithKeyboard("Treasury Operations");
        await editor.saveButton().click();
        const dialog = editor.saveDialog();
        const summary = dialog.getByText(editor.strings.pattern("Impact_Summary"));
        await summary.waitFor();
        const [adds, addUsers] = editor.strings.numbersIn("Impact_Summary", await summary.innerText());
        assert.ok(adds > 0 && addUsers > 0, "the edit promises memberships");
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        await dialog.getByRole("button", { name: editor.strings.get("Editor_Save"), exact: true }).click();
        await dialog.getByText(editor.strings.countPattern("Editor_Save_Done")).waitFor();
        await dialog.getByRole("button", { name: editor.strings.get("Editor_Close") }).click();
        await playground.storedRows("commercial-lending", "nw_teamsynclog", (rows) =>
            rows.some((row) => row._nw_teamid_value === treasury),
        );
        // Read back as stored: a reload is the form and log refreshed.
        await playground.open();
        await session.page
            .getByRole("table", { name: "Sync log" })
            .getByRole("cell", { name: "Treasury Operations", exact: true })
            .first()
            .waitFor();
        const joined = (await playground.logRows()).filter(
            (cells) => cells[1] === "Treasury Operations" && cells[2] === "join" && cells[3] === "sync",
        );
        assert.equal(joined.length, adds, JSON.stringify(joined));
        assert.equal(new Set(joined.map((cells) => cells[0])).size, addUsers);
        for (const cells of joined) assert.ok(cells[4].endsWith("→ Treasury Operations"), cells[4]);
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        assert.deepEqual(session.errors(), []);
    });

    scenario("a double-click on Save opens the impact dialog and leaves it open", async () => {
        await playground.open({ fresh: true });
        await editor.waitUntilLoaded();
        await editor.addChildWithKeyboard("Compliance Review");
        // The form scrolled so that the bar is at the top: the dialog, centred, is then clear of Save,
        // so the double-click's second click lands beside the dialog, on its backdrop.
        await editor.saveButton().evaluate((button) => button.scrollIntoView({ block: "start" }));
        const box = await editor.saveButton().boundingBox();
        assert.ok(box, "Save is on screen");
        await editor.saveButton().dblclick();
        const dialog = editor.saveDialog();
        await session.page.waitForTimeout(500);
        assert.ok(await dialog.isVisible(), "the dialog stays open after the second click");
        const beside = await session.page.evaluate(
            ([x, y]) => document.elementFromPoint(x, y)?.closest("[role='dialog']") === null,
            [box.x + box.width / 2, box.y + box.height / 2] as const,
        );
        assert.ok(beside, "the second click landed beside the dialog");
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        await dialog.getByRole("button", { name: editor.strings.get("Editor_Cancel") }).click();
        await dialog.waitFor({ state: "detached" });
        assert.deepEqual(session.errors(), []);
    });
});
