import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SaveReport, Write } from "../../TeamSyncEditor/data/types";
import { fakeService, TEAM } from "./fixtureOrg";
import { renderEditor } from "./renderEditor";

// Fluent and React Flow in jsdom on a shared machine: interactions take seconds, not milliseconds.
jest.setTimeout(180_000);

const saveButton = (): HTMLButtonElement => screen.getByRole("button", { name: "Save" }) as HTMLButtonElement;

async function showList(): Promise<void> {
    await userEvent.setup().click(screen.getByRole("tab", { name: "List" }));
}

function listRows(): string[] {
    const table = screen.getByRole("table", { name: "Sync links" });
    return within(table)
        .getAllByRole("row")
        .slice(1)
        .map((row) =>
            within(row)
                .getAllByRole("cell")
                .slice(0, 2)
                .map((cell) => cell.textContent)
                .join(" → "),
        );
}

/** Opens the team picker from its button and picks a team, by mouse. */
async function addLink(button: "Add child team" | "Add parent team", teamName: string): Promise<void> {
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: button }));
    const picker = await screen.findByRole("region", { name: button });
    // A few letters narrow the list enough; each keystroke re-renders the picker, which is slow in jsdom.
    await user.type(within(picker).getByRole("combobox", { name: "Team" }), teamName.slice(0, 5));
    await user.click(screen.getByRole("option", { name: teamName }));
    await user.click(within(picker).getByRole("button", { name: "Add" }));
}

describe("editing", () => {
    it("adds a child team with the keyboard only", async () => {
        await renderEditor(fakeService({}));
        const user = userEvent.setup();
        // Tabster's focus management defeats user-event's Tab emulation in jsdom, so the test puts focus
        // on the button a Tab would reach (a native, enabled button) and does everything else by key.
        const addChild = screen.getByRole("button", { name: "Add child team" }) as HTMLButtonElement;
        expect(addChild.disabled).toBe(false);
        expect(addChild.tabIndex).toBeGreaterThanOrEqual(0);
        addChild.focus();
        await user.keyboard("{Enter}");
        const picker = await screen.findByRole("region", { name: "Add child team" });
        await waitFor(() =>
            expect(document.activeElement).toBe(within(picker).getByRole("combobox", { name: "Team" })),
        );
        await user.keyboard("Risk Rev");
        await user.keyboard("{ArrowDown}{Enter}");
        expect((within(picker).getByRole("button", { name: "Add" }) as HTMLButtonElement).disabled).toBe(false);
        await user.keyboard("{Enter}");
        await waitFor(() => expect(screen.queryByRole("region", { name: "Add child team" })).toBeNull());
        // The new link's details take focus, so the keyboard carries on with its settings.
        const details = await screen.findByRole("region", { name: "Link details" });
        await waitFor(() => expect(document.activeElement).toBe(details));
        expect(within(details).getByRole("heading", { name: "Commercial Lending \u2192 Risk Review" })).toBeTruthy();
        expect(screen.getByText("1 unsaved change")).toBeTruthy();
        await showList();
        expect(listRows()).toContain("Commercial Lending → Risk Review");
    });

    it("offers managed teams as children only disabled, with the reason", async () => {
        await renderEditor(fakeService({}));
        const user = userEvent.setup();
        await user.click(screen.getByRole("button", { name: "Add child team" }));
        const picker = await screen.findByRole("region", { name: "Add child team" });
        await user.type(within(picker).getByRole("combobox", { name: "Team" }), "All");
        const staff = screen.getByRole("option", { name: /All Staff/ });
        expect(staff.getAttribute("aria-disabled")).toBe("true");
        expect(staff.textContent).toContain("an Entra ID group team, whose members Entra manages");
        await user.click(staff);
        expect((within(picker).getByRole("button", { name: "Add" }) as HTMLButtonElement).disabled).toBe(true);
        await user.keyboard("{Escape}{Escape}");
        await waitFor(() => expect(screen.queryByRole("region", { name: "Add child team" })).toBeNull());
    });

    it("shows a cycle as an error naming its teams, blocks Save, and allows it once fixed", async () => {
        await renderEditor(fakeService({}));
        const user = userEvent.setup();
        await addLink("Add parent team", "Archive");
        const panel = screen.getByRole("region", { name: "Validation issues" });
        expect(within(panel).getByText(/cycle through Archive, Commercial Lending, Credit Risk/)).toBeTruthy();
        // The links of the cycle carry an error mark on the canvas, not only a colour.
        expect(screen.getAllByText(/^\u26A0 error/).length).toBe(3);
        // Off, yet focusable: the reason it is off can be read from it.
        expect(saveButton().getAttribute("aria-disabled")).toBe("true");
        expect(saveButton().getAttribute("aria-describedby")).toBeTruthy();
        expect(screen.getByText("Fix 1 error before saving.")).toBeTruthy();
        await waitFor(() =>
            expect(screen.getAllByRole("status").map((status) => status.textContent)).toContainEqual(
                expect.stringMatching(/1 validation issue, 1 error among them/),
            ),
        );
        await showList();
        await user.click(screen.getByRole("button", { name: "Remove link Credit Risk to Archive" }));
        expect(within(panel).queryByText(/cycle/)).toBeNull();
        expect(saveButton().getAttribute("aria-disabled")).toBeNull();
    });

    it("connects two teams by clicking one handle, then the other", async () => {
        const { container } = await renderEditor(fakeService({}));
        const user = userEvent.setup();
        const handle = (team: string, type: "source" | "target") =>
            container.querySelector(`.react-flow__node[data-id="${team}"] .react-flow__handle.${type}`) as Element;
        await user.click(handle(TEAM.PW, "source"));
        await user.click(handle(TEAM.AR, "target"));
        // Portfolio Watch has no configuration yet: the link and a new configuration, as the Save dialog lists them.
        expect(screen.getByText("2 unsaved changes")).toBeTruthy();
        expect(screen.getByRole("heading", { name: "Portfolio Watch \u2192 Archive" })).toBeTruthy();
    });

    it("removes a selected link with the Delete key (the data layer deactivates its record, so it stays drawn as turned off)", async () => {
        const { container } = await renderEditor(fakeService({}));
        const user = userEvent.setup();
        await user.click(container.querySelector('.react-flow__edge[data-id="m-cl-pw"]') as Element);
        expect(await screen.findByRole("region", { name: "Link details" })).toBeTruthy();
        expect(screen.queryByText("order 20 \u00B7 turned off")).toBeNull();
        await user.keyboard("{Delete}");
        expect(await screen.findByText("order 20 \u00B7 turned off")).toBeTruthy();
        expect(screen.getByText("1 unsaved change")).toBeTruthy();
    });

    it("undoes and redoes with Ctrl+Z and Ctrl+Y", async () => {
        await renderEditor(fakeService({}));
        const user = userEvent.setup();
        await addLink("Add child team", "Risk Review");
        await showList();
        expect(listRows()).toContain("Commercial Lending → Risk Review");
        screen.getByRole("tab", { name: "List" }).focus();
        await user.keyboard("{Control>}z{/Control}");
        expect(listRows()).not.toContain("Commercial Lending → Risk Review");
        expect(screen.getByText("No unsaved changes")).toBeTruthy();
        await user.keyboard("{Control>}y{/Control}");
        expect(listRows()).toContain("Commercial Lending → Risk Review");
        expect(screen.getByText("1 unsaved change")).toBeTruthy();
    });

    it("makes the same edit from the list as from the graph", async () => {
        const planned = async (): Promise<string[]> => {
            const user = userEvent.setup();
            await user.click(saveButton());
            const dialog = await screen.findByRole("dialog", { hidden: true });
            // In jsdom, tabster's modalizer now and then marks the focused dialog aria-hidden (as in editorIntegration).
            const writes = within(dialog)
                .getAllByRole("listitem", { hidden: true })
                .map((item) => item.textContent ?? "");
            await user.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
            return writes;
        };
        const { container } = await renderEditor(fakeService({}));
        const user = userEvent.setup();
        const edge = container.querySelector('.react-flow__edge[data-id="m-cl-pw"]') as Element;
        await user.click(edge);
        await user.click(await screen.findByRole("button", { name: "Remove link" }));
        const fromGraph = await planned();
        await user.click(screen.getByRole("button", { name: "Discard" }));
        await showList();
        await user.click(screen.getByRole("button", { name: "Remove link Commercial Lending to Portfolio Watch" }));
        const fromList = await planned();
        expect(fromGraph).toHaveLength(1);
        expect(fromList).toEqual(fromGraph);
    });

    it("reports a partial failure, then retries what was left", async () => {
        let planned: Write[] = [];
        const failAfterFirst = (writes: readonly Write[]): SaveReport => {
            planned = [...writes];
            return {
                status: "failed",
                written: writes.slice(0, 1),
                failed: {
                    write: writes[1],
                    error: {
                        kind: "privilege",
                        key: "Data_Error_Privilege",
                        args: [],
                        detail: "denied",
                        errorCode: -2147220960,
                    },
                },
                notTried: writes.slice(2),
            };
        };
        const resumed: Write[][] = [];
        await renderEditor(
            fakeService({
                save: failAfterFirst,
                resume: (writes) => {
                    resumed.push([...writes]);
                    return { status: "saved", written: [...writes] };
                },
            }),
        );
        const user = userEvent.setup();
        await addLink("Add child team", "Risk Review");
        await showList();
        await user.click(screen.getByRole("button", { name: "Remove link Commercial Lending to Portfolio Watch" }));
        await user.click(screen.getByRole("button", { name: "Remove link Credit Risk to Archive" }));
        await user.click(saveButton());
        const dialog = await screen.findByRole("dialog");
        await user.click(within(dialog).getByRole("button", { name: "Save" }));
        expect(
            await within(dialog).findByText("The save stopped part way. Some changes were saved and some were not."),
        ).toBeTruthy();
        const total = planned.length;
        expect(total).toBeGreaterThanOrEqual(3);
        expect(within(dialog).getByText("Saved:")).toBeTruthy();
        expect(within(dialog).getByText("Not saved yet:")).toBeTruthy();
        expect(within(dialog).getByText("Failed:")).toBeTruthy();
        expect(within(dialog).getByText(/You do not have the permission this needs/)).toBeTruthy();
        expect(within(dialog).getByRole("button", { name: "Reload" })).toBeTruthy();
        await user.click(within(dialog).getByRole("button", { name: "Retry" }));
        expect(await within(dialog).findByText(`All ${total - 1} changes saved.`)).toBeTruthy();
        expect(resumed).toHaveLength(1);
        expect(resumed[0]).toHaveLength(total - 1);
    });
});
