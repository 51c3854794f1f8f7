import { Locator, Page } from "playwright-core";

/**
 * The playground's host page, found by accessible role and name only (what a screen reader user
 * meets), so the tests also check that the page is labelled. Editor scenarios work inside
 * `control()`, the form section that holds the TeamSync control.
 */
export class PlaygroundPage {
    constructor(
        public readonly page: Page,
        private readonly baseUrl: string,
    ) {}

    /** Requests the page made to anywhere but the playground's server (it must make none). */
    readonly externalRequests: string[] = [];

    /** Opens the playground; `fresh` clears what an earlier visit stored in this browser. */
    async open(options: { fresh?: boolean } = {}): Promise<void> {
        await this.page.route(
            (url) => !url.href.startsWith(this.baseUrl) && url.protocol !== "data:",
            (route) => {
                this.externalRequests.push(route.request().url());
                return route.abort();
            },
        );
        await this.page.goto(this.baseUrl);
        if (options.fresh) {
            await this.page.evaluate(() => localStorage.clear());
            await this.page.reload();
        }
        await this.page.getByRole("heading", { name: "TeamSync playground" }).waitFor();
    }

    /** The Team form's section: the control renders inside it. */
    form(): Locator {
        return this.page.getByRole("region", { name: /^Team: / });
    }

    control(): Locator {
        return this.page.getByTestId("control-slot");
    }

    async chooseOrganisation(label: string | RegExp): Promise<void> {
        const menu = this.page.getByRole("combobox", { name: "Sample organisation" });
        // Exact: one sample org's label begins with another's.
        const option = menu.getByRole("option", { name: label, exact: true });
        await menu.selectOption({ value: (await option.getAttribute("value")) ?? "" });
    }

    async resetSampleData(): Promise<void> {
        await this.page.getByRole("button", { name: "Reset sample data" }).click();
    }

    /** Opens another team's form, as if navigating to that Team record. */
    async openTeam(name: string): Promise<void> {
        await this.page.getByRole("combobox", { name: "Team form" }).selectOption({ label: name });
        await this.page.getByRole("heading", { name: `Team: ${name}` }).waitFor();
    }

    async setFormReadOnly(on: boolean): Promise<void> {
        await this.page.getByRole("checkbox", { name: "Form read-only" }).setChecked(on);
    }

    async setNoWritePrivilege(on: boolean): Promise<void> {
        await this.page.getByRole("checkbox", { name: "No write privilege" }).setChecked(on);
    }

    userPanel(): Locator {
        return this.page.getByRole("region", { name: "Users" });
    }

    async selectUser(name: string): Promise<void> {
        await this.userPanel().getByRole("combobox", { name: "User" }).selectOption({ label: name });
        await this.userPanel()
            .getByRole("heading", { name: `Teams of ${name}` })
            .waitFor();
    }

    /** Names of the selected user's teams, as the user panel lists them. */
    async teamsOfSelectedUser(): Promise<string[]> {
        const items = this.userPanel().getByRole("list").getByRole("listitem");
        return (await items.locator(".team-name").allTextContents()).map((text) => text.trim());
    }

    async addSelectedUserToTeam(team: string): Promise<void> {
        await this.userPanel().getByRole("combobox", { name: "Add to team" }).selectOption({ label: team });
        await this.userPanel().getByRole("button", { name: "Add", exact: true }).click();
    }

    async removeSelectedUserFromTeam(user: string, team: string): Promise<void> {
        await this.userPanel()
            .getByRole("button", { name: `Remove ${user} from ${team}` })
            .click();
    }

    async setRole(role: string, held: boolean): Promise<void> {
        await this.userPanel().getByRole("checkbox", { name: role }).setChecked(held);
    }

    /** The plugin's last summary ("Plugin: 3 added, 0 removed."). */
    status(): Locator {
        return this.page.getByRole("status", { name: "Playground status" });
    }

    /** Log rows, newest first, as their cells' text: user, team, operation, cause, path, outcome, when. */
    async logRows(): Promise<string[][]> {
        const rows = this.page.getByRole("table", { name: "Sync log" }).getByRole("row");
        const all = await rows.evaluateAll((elements) =>
            elements.map((row) =>
                Array.from(row.querySelectorAll("td")).map((cell) => (cell.textContent ?? "").trim()),
            ),
        );
        return all.filter((cells) => cells.length > 0);
    }

    /**
     * Rows of a table of the in-memory Dataverse as this browser stored it (the playground saves
     * the store after every change), waiting until `until` holds for them.
     */
    async storedRows(
        org: string,
        table: string,
        until: (rows: Record<string, unknown>[]) => boolean,
    ): Promise<Record<string, unknown>[]> {
        const deadline = Date.now() + 10_000;
        for (;;) {
            const rows = await this.page.evaluate(
                ([key, name]) => {
                    const saved = localStorage.getItem(`teamsync.playground.v1.${key}`);
                    const state =
                        saved === null
                            ? null
                            : (JSON.parse(saved) as {
                                  tables: Record<string, Record<string, Record<string, unknown>>>;
                              });
                    return Object.values(state?.tables[name] ?? {});
                },
                [org, table] as const,
            );
            if (until(rows)) return rows;
            if (Date.now() > deadline)
                throw new Error(`The stored ${table} rows never matched: ${JSON.stringify(rows).slice(0, 2000)}`);
            await this.page.waitForTimeout(100);
        }
    }
}
