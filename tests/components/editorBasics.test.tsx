import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toSyncModel } from "../../TeamSyncEditor/data/mapOrg";
import type { EditorContext } from "../../TeamSyncEditor/data/types";
import { fakeService, fixtureOrg, TEAM } from "./fixtureOrg";
import { renderEditor } from "./renderEditor";

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
        )
        .sort();
}

async function chooseDepth(depth: number): Promise<void> {
    const user = userEvent.setup();
    await user.click(screen.getByRole("combobox", { name: "Depth" }));
    await user.click(screen.getByRole("option", { name: String(depth) }));
}

// Fluent and React Flow in jsdom on a shared machine: interactions take seconds, not milliseconds.
jest.setTimeout(60_000);

describe("editor views", () => {
    it("shows the current team's neighbourhood to depth 2, and further when asked", async () => {
        await renderEditor(fakeService({}));
        const user = userEvent.setup();
        await user.click(screen.getByRole("tab", { name: "List" }));
        expect(listRows()).toEqual([
            "Commercial Lending → Credit Risk",
            "Commercial Lending → Deal Desk",
            "Commercial Lending → Portfolio Watch",
            "Credit Risk → Archive",
            "Head Office → Commercial Lending",
        ]);
        await chooseDepth(3);
        expect(listRows()).toContain("Archive → Cold Storage");
        await chooseDepth(1);
        expect(listRows()).not.toContain("Credit Risk → Archive");
    });

    it("draws the graph with the current team marked and links readable without colour", async () => {
        const { container } = await renderEditor(fakeService({}));
        const current = container.querySelector(`.react-flow__node[data-id="${TEAM.CL}"]`) as HTMLElement;
        expect(within(current).getByText("Commercial Lending")).toBeTruthy();
        expect(within(current).getByText("This team")).toBeTruthy();
        expect(container.querySelector(`.react-flow__node[data-id="${TEAM.CS}"]`)).toBeNull();
        expect(screen.getByText("\u2194 \u00B7 order 5 \u00B7 only Senior Loan Officer")).toBeTruthy();
        expect(screen.getAllByText("order 10")).toHaveLength(2);
    });

    it("re-centres on a team found by name", async () => {
        const { container } = await renderEditor(fakeService({}));
        const user = userEvent.setup();
        await user.type(screen.getByRole("combobox", { name: "Find a team" }), "Cold");
        await user.click(screen.getByRole("option", { name: "Cold Storage" }));
        expect(container.querySelector(`.react-flow__node[data-id="${TEAM.CS}"]`)).not.toBeNull();
        expect(container.querySelector(`.react-flow__node[data-id="${TEAM.HO}"]`)).toBeNull();
    });

    it("hides editing in read-only mode and says why", async () => {
        const context: EditorContext = {
            kind: "ready",
            teamId: TEAM.CL,
            readOnly: { reason: "noPrivilege", messageKey: "Data_ReadOnly_NoPrivilege" },
        };
        await renderEditor(fakeService({ context }));
        const user = userEvent.setup();
        expect(screen.getByText(/privilege/i)).toBeTruthy();
        expect(screen.queryByRole("button", { name: "Add child team" })).toBeNull();
        expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
        await user.click(screen.getByRole("tab", { name: "List" }));
        expect(screen.queryByRole("button", { name: /^Remove link/ })).toBeNull();
        await user.click(screen.getByRole("button", { name: "View link Commercial Lending to Credit Risk" }));
        expect((screen.getByRole("textbox", { name: "Configuration name" }) as HTMLInputElement).disabled).toBe(true);
        expect(screen.queryByRole("button", { name: "Remove link" })).toBeNull();
    });

    it("says to save the team first on a new team", async () => {
        await renderEditor(fakeService({ context: { kind: "unsavedTeam", messageKey: "Data_UnsavedTeam" } }));
        expect(screen.queryByRole("region", { name: "Validation issues" })).toBeNull();
        await act(async () => undefined);
    });

    it("renders team names as text, never as markup", async () => {
        const org = fixtureOrg();
        const hostile = '<img src="x" onerror="alert(1)"><b>Deal Desk</b>';
        org.teams = org.teams.map((team) => (team.id === TEAM.DD ? { ...team, name: hostile } : team));
        const { container } = await renderEditor(fakeService({ org }));
        expect(container.querySelector("img")).toBeNull();
        expect(container.querySelector("b")).toBeNull();
        expect(screen.getByText(hostile)).toBeTruthy();
    });

    it("selects and focuses the links of a validation issue chosen in the panel", async () => {
        const org = fixtureOrg();
        org.members = org.members.map((member) =>
            member.id === "m-cl-dd" ? { ...member, requiredRoleId: "r-gone" } : member,
        );
        // As loaded, the model is always the records' model.
        org.model = toSyncModel(org.teams, org.roles, org.configurations, org.members);
        await renderEditor(fakeService({ org }));
        const user = userEvent.setup();
        await user.click(screen.getByRole("tab", { name: "List" }));
        const panel = screen.getByRole("region", { name: "Validation issues" });
        const issue = within(panel).getByRole("button", {
            name: /Commercial Lending, Deal Desk requires a security role that no longer exists/,
        });
        await user.click(issue);
        const edit = screen.getByRole("button", { name: "Edit link Commercial Lending to Deal Desk" });
        expect(edit.closest("tr")?.getAttribute("aria-selected")).toBe("true");
        await waitFor(() => expect(document.activeElement).toBe(edit));
        expect(screen.getByRole("region", { name: "Link details" })).toBeTruthy();
    });
});

describe("team search", () => {
    it("echoes a long query cut to one short line, not all of it", async () => {
        await renderEditor(fakeService({}));
        const user = userEvent.setup();
        const query = "x".repeat(300);
        const search = screen.getByRole("combobox", { name: "Find a team" });
        await user.click(search);
        await user.paste(query);
        const none = await screen.findByRole("option", { name: /^No team matches/ });
        expect(none.textContent).toBe(`No team matches “${"x".repeat(39)}…”`);
    });
});
