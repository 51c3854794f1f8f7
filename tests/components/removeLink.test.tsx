import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeService } from "./fixtureOrg";
import { getString, renderEditor } from "./renderEditor";

// Fluent and React Flow in jsdom on a shared machine: interactions take seconds, not milliseconds.
jest.setTimeout(180_000);

const edge = (container: HTMLElement, memberId: string): HTMLElement =>
    container.querySelector(`.react-flow__edge[data-id="${memberId}"]`) as HTMLElement;

async function plannedWrites(): Promise<{ heading: string; writes: string[] }> {
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Save" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    const heading = within(dialog).getByText(/^Saving makes/).textContent ?? "";
    const writes = within(dialog)
        .getAllByRole("listitem", { hidden: true })
        .map((item) => item.textContent ?? "");
    await user.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    return { heading, writes };
}

describe("removing a saved link", () => {
    it("says what Remove does: the link is turned off, members reconciled, the record kept", async () => {
        const { container } = await renderEditor(fakeService({}));
        await userEvent.setup().click(edge(container, "m-cl-pw"));
        const details = await screen.findByRole("region", { name: "Link details" });
        const remove = within(details).getByRole("button", { name: "Remove link" });
        const hint = document.getElementById(remove.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
        expect(hint).toMatch(/turns the link off/);
        expect(hint).toMatch(/reconciled/);
        expect(hint).toMatch(/audit trail/);
        // The two switches say which is which: this link, or every link of its configuration.
        expect(within(details).getByRole("switch", { name: "Link on" })).toBeTruthy();
        expect(within(details).getByRole("switch", { name: "Configuration on" })).toBeTruthy();
        expect(within(details).getByText(/^This link only/)).toBeTruthy();
        expect(within(details).getByText(/^Every link of the configuration “Lending sync”/)).toBeTruthy();
    });

    it("turns off the link that has focus when Delete is pressed, as its help text says, even when it is not selected", async () => {
        const { container } = await renderEditor(fakeService({}));
        const user = userEvent.setup();
        edge(container, "m-cl-pw").focus();
        expect(edge(container, "m-cl-pw").classList.contains("selected")).toBe(false);
        await user.keyboard("{Delete}");
        expect(await screen.findByText(`order 20 \u00B7 ${getString("Editor_Edge_Inactive")}`)).toBeTruthy();
        expect(screen.getByText("1 unsaved change")).toBeTruthy();
        expect(getString("Editor_Graph_EdgeHelp")).toMatch(/Delete turns the link off/);
    });

    it("makes no second edit when Delete is pressed again on the link it turned off", async () => {
        const { container } = await renderEditor(fakeService({}));
        const user = userEvent.setup();
        await user.click(edge(container, "m-cl-pw"));
        await user.keyboard("{Delete}");
        expect(await screen.findByText(`order 20 \u00B7 ${getString("Editor_Edge_Inactive")}`)).toBeTruthy();
        expect(screen.getByText("1 unsaved change")).toBeTruthy();
        // The turned-off link is still drawn: focus it and press Delete again.
        edge(container, "m-cl-pw").focus();
        await user.keyboard("{Delete}");
        await user.click(edge(container, "m-cl-pw"));
        await user.keyboard("{Delete}");
        expect(screen.getByText("1 unsaved change")).toBeTruthy();
        // One Undo takes the one edit back: no invisible duplicates were recorded.
        await user.click(screen.getByRole("button", { name: "Undo" }));
        expect(screen.getByText("No unsaved changes")).toBeTruthy();
        expect((screen.getByRole("button", { name: "Undo" }) as HTMLButtonElement).disabled).toBe(true);
    });

    it("counts unsaved changes as the Save dialog does, and names both ends of the link it turns off", async () => {
        const { container } = await renderEditor(fakeService({}));
        const user = userEvent.setup();
        await user.click(edge(container, "m-cl-pw"));
        const order = within(await screen.findByRole("region", { name: "Link details" })).getByRole("spinbutton", {
            name: "Sync order",
        });
        // Three edits of one record's order, then its removal: one write.
        for (const value of ["21", "22", "23"]) {
            await user.clear(order);
            await user.type(order, `${value}{Enter}`);
        }
        await user.click(screen.getByRole("button", { name: "Remove link" }));
        await waitFor(() => expect(screen.getByText("1 unsaved change")).toBeTruthy());
        const { heading, writes } = await plannedWrites();
        expect(heading).toBe("Saving makes 1 change in Dataverse:");
        expect(writes).toEqual(["Turn off link Commercial Lending \u2192 Portfolio Watch"]);
    });
});
