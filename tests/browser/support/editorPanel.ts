import { Locator } from "playwright-core";
import { ControlStrings } from "./controlStrings";

/**
 * The TeamSync control inside the playground's Team form, found by role and by the accessible
 * names its resx gives. Editor scenarios add their steps here, one method per thing a user does.
 */
export class EditorPanel {
    constructor(
        public readonly root: Locator,
        public readonly strings: ControlStrings,
    ) {}

    /** The graph canvas (React Flow), labelled "Team sync links". */
    graph(): Locator {
        return this.root.getByLabel(this.strings.get("Editor_Graph_Label"), { exact: true });
    }

    /** The part of the page the drawing shows (the canvas), in page pixels. */
    async graphBox(): Promise<{ x: number; y: number; width: number; height: number }> {
        const box = await this.graph().boundingBox();
        if (box === null) throw new Error("The graph is not on screen");
        return box;
    }

    /** A team's node in the graph, by its name. */
    graphNode(teamName: string): Locator {
        return this.graph().locator(".react-flow__node-team").filter({ hasText: teamName });
    }

    async waitUntilLoaded(): Promise<void> {
        await this.root.getByRole("tab", { name: this.strings.get("Editor_Tab_Graph") }).waitFor();
    }

    async openTab(key: "Editor_Tab_Graph" | "Editor_Tab_List" | "Preview_Tab" | "Members_Tab"): Promise<void> {
        await this.root.getByRole("tab", { name: this.strings.get(key) }).click();
    }

    /** The List view's table of links. */
    linkTable(): Locator {
        return this.root.getByRole("table", { name: this.strings.get("Editor_List_Label") });
    }

    /** The List view's rows as cell texts (the header row left out). */
    async linkRows(): Promise<string[][]> {
        const rows = await this.linkTable()
            .getByRole("row")
            .evaluateAll((elements) =>
                elements.map((row) =>
                    Array.from(row.querySelectorAll("td")).map((cell) => (cell.textContent ?? "").trim()),
                ),
            );
        return rows.filter((cells) => cells.length > 0);
    }

    /** The team picker that "Add child team" or "Add parent team" opens. */
    picker(side: "child" | "parent"): Locator {
        const name = this.strings.get(side === "child" ? "Editor_AddChild" : "Editor_AddParent");
        // A Fluent dialog renders in a portal outside the control's element: look for it page-wide.
        return this.root.page().getByRole("dialog", { name }).or(this.root.getByRole("region", { name }));
    }

    /**
     * Adds a child team with the keyboard only: Tab to "Add child team", Enter, type the name,
     * choose the first match with the arrow key, Tab to "Add", Enter.
     */
    async addChildWithKeyboard(teamName: string): Promise<void> {
        await this.tabTo(this.addChildButton());
        const page = this.root.page();
        await page.keyboard.press("Enter");
        const picker = this.picker("child");
        await picker.getByRole("combobox", { name: this.strings.get("Editor_Picker_Label") }).waitFor();
        await page.keyboard.type(teamName);
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Enter");
        await this.tabTo(picker.getByRole("button", { name: this.strings.get("Editor_Picker_Add"), exact: true }));
        await page.keyboard.press("Enter");
        await picker.waitFor({ state: "detached" });
    }

    /** Presses Tab until `target` has the focus (at most `limit` times: each team in the graph has three stops). */
    async tabTo(target: Locator, limit = 150): Promise<void> {
        const page = this.root.page();
        for (let presses = 0; presses < limit; presses += 1) {
            if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
            await page.keyboard.press("Tab");
        }
        throw new Error(`Tab never reached ${target}`);
    }

    /** "N unsaved changes" as the bar says it. */
    unsavedCount(): Locator {
        return this.root.getByRole("toolbar", { name: this.strings.get("Editor_Unsaved_Label") });
    }

    /** The Save dialog (rendered in a portal, so looked for page-wide). */
    saveDialog(): Locator {
        return this.root.page().getByRole("dialog", { name: this.strings.get("Editor_Save_Title") });
    }

    /** Save, confirm in the dialog, wait for "All N changes saved." and close the dialog. */
    async saveAndConfirm(): Promise<void> {
        await this.saveButton().click();
        const dialog = this.root.page().getByRole("dialog", { name: this.strings.get("Editor_Save_Title") });
        await dialog.getByRole("button", { name: this.strings.get("Editor_Save"), exact: true }).click();
        await dialog.getByText(this.strings.countPattern("Editor_Save_Done")).waitFor();
        await dialog.getByRole("button", { name: this.strings.get("Editor_Close") }).click();
        await dialog.waitFor({ state: "detached" });
    }

    /** The Members tab's table ("Members and why") rows as cell texts, once it has loaded. */
    async memberRows(): Promise<string[][]> {
        const table = this.root.getByRole("table", { name: this.strings.get("Members_Table") });
        await table.waitFor();
        const rows = await table
            .getByRole("row")
            .evaluateAll((elements) =>
                elements.map((row) =>
                    Array.from(row.querySelectorAll("td")).map((cell) => (cell.textContent ?? "").trim()),
                ),
            );
        return rows.filter((cells) => cells.length > 0);
    }

    addChildButton(): Locator {
        return this.root.getByRole("button", { name: this.strings.get("Editor_AddChild"), exact: true });
    }

    saveButton(): Locator {
        return this.root.getByRole("button", { name: this.strings.get("Editor_Save"), exact: true });
    }

    validationPanel(): Locator {
        return this.root.getByRole("region", { name: this.strings.get("Editor_Validation_Label") });
    }

    /** A message bar or text showing the resx string `key`. */
    message(key: string): Locator {
        return this.root.getByText(this.strings.get(key), { exact: true });
    }
}
