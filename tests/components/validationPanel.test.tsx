import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Issue } from "../../TeamSyncEditor/engine/types";
import { ISSUES_SHOWN, ValidationPanel } from "../../TeamSyncEditor/components/editor/ValidationPanel";
import { StringsContext } from "../../TeamSyncEditor/components/StringsContext";
import { getString } from "./renderEditor";

jest.setTimeout(60_000);

const cycle = (n: number): Issue => ({
    code: "cycle",
    severity: "error",
    teams: [`a${n}`, `b${n}`],
    records: [`m${n}`],
});
const wide = (n: number): Issue => ({
    code: "wide-cascade",
    severity: "warning",
    teams: [`w${n}`],
    records: [`c${n}`],
    reachable: 200 + n,
});

/** The panel as it first shows: closed, one line. */
function renderClosed(
    issues: Issue[],
    onChoose: (issue: Issue) => void = jest.fn(),
    visibleTeams?: ReadonlySet<string>,
): HTMLElement {
    const teamName = (id: string): string => `Team ${id}`;
    render(
        <FluentProvider theme={webLightTheme}>
            <StringsContext.Provider value={getString}>
                <ValidationPanel issues={issues} teamName={teamName} onChoose={onChoose} visibleTeams={visibleTeams} />
            </StringsContext.Provider>
        </FluentProvider>,
    );
    return screen.getByRole("region", { name: "Validation issues" });
}

/** The panel with its list opened. */
async function renderPanel(
    issues: Issue[],
    onChoose: (issue: Issue) => void = jest.fn(),
    visibleTeams?: ReadonlySet<string>,
): Promise<HTMLElement> {
    const panel = renderClosed(issues, onChoose, visibleTeams);
    await userEvent.setup().click(within(panel).getByRole("button", { name: /^\d+ issues?$/ }));
    return panel;
}

const issueButtons = (panel: HTMLElement): HTMLElement[] =>
    within(panel)
        .queryAllByRole("listitem")
        .map((item) => within(item).getByRole("button"));

describe("validation panel with many issues", () => {
    it("lists the issues about the teams drawn first, errors anywhere before them, and the organisation's others on demand", async () => {
        const issues = [cycle(1), ...Array.from({ length: 120 }, (_, n) => wide(n))];
        const panel = await renderPanel(issues, jest.fn(), new Set(["w7", "w90"]));
        expect(issueButtons(panel).map((button) => button.textContent)).toEqual([
            expect.stringMatching(/^Error:.*Team a1/),
            expect.stringMatching(/Team w7\b/),
            expect.stringMatching(/Team w90\b/),
        ]);
        const user = userEvent.setup();
        await user.click(
            within(panel).getByRole("button", {
                name: "Show 118 more issues, about teams elsewhere in the organisation",
            }),
        );
        expect(issueButtons(panel)).toHaveLength(121);
        await waitFor(() => expect(document.activeElement).toBe(issueButtons(panel)[3]));
    });

    it("shows the first issues, errors first, and the rest on a keyboard-operable button", async () => {
        const issues = [cycle(1), cycle(2), ...Array.from({ length: 120 }, (_, n) => wide(n))];
        const onChoose = jest.fn();
        const panel = await renderPanel(issues, onChoose);
        const shown = issueButtons(panel);
        expect(shown).toHaveLength(ISSUES_SHOWN);
        expect(shown[0].textContent).toMatch(/^Error:.*Team a1, Team b1/);
        expect(shown[1].textContent).toMatch(/^Error:.*Team a2, Team b2/);
        expect(shown[2].textContent).toMatch(/^Warning:.*Team w0/);

        const user = userEvent.setup();
        await user.click(shown[1]);
        expect(onChoose).toHaveBeenLastCalledWith(issues[1]);

        within(panel).getByRole("button", { name: "Show all 122 issues" }).focus();
        await user.keyboard("{Enter}");
        const all = issueButtons(panel);
        expect(all).toHaveLength(122);
        expect(all[121].textContent).toMatch(/Team w119/);
        expect(within(panel).queryByRole("button", { name: /^Show all/ })).toBeNull();
        // Focus lands on the first issue the button revealed, so the keyboard carries on.
        await waitFor(() => expect(document.activeElement).toBe(all[ISSUES_SHOWN]));
        await user.keyboard("{Enter}");
        expect(onChoose).toHaveBeenLastCalledWith(issues[ISSUES_SHOWN]);
    });

    it("never hides an error: all errors show even when there are more than the first page", async () => {
        const errors = Array.from({ length: ISSUES_SHOWN + 10 }, (_, n) => cycle(n));
        const panel = await renderPanel([...errors, wide(1), wide(2)]);
        const shown = issueButtons(panel);
        expect(shown).toHaveLength(ISSUES_SHOWN + 10);
        expect(shown.every((button) => /^Error:/.test(button.textContent ?? ""))).toBe(true);
        expect(within(panel).getByRole("button", { name: `Show all ${ISSUES_SHOWN + 12} issues` })).toBeTruthy();
    });

    it("lists a short list whole, with no extra button", async () => {
        const panel = await renderPanel([cycle(1), wide(1)]);
        expect(issueButtons(panel)).toHaveLength(2);
        expect(within(panel).queryByRole("button", { name: /^Show all/ })).toBeNull();
    });
});

describe("validation panel closed", () => {
    it("is one line: the count and the worst issue, which can be chosen from there", async () => {
        // In the engine's order, errors first; the first about a drawn team comes before the others.
        const issues = [cycle(1), wide(1), wide(2)];
        const onChoose = jest.fn();
        const panel = renderClosed(issues, onChoose, new Set(["w2"]));
        expect(within(panel).queryAllByRole("listitem")).toHaveLength(0);
        const buttons = within(panel).getAllByRole("button");
        expect(buttons).toHaveLength(2);
        expect(buttons[0]).toBe(within(panel).getByRole("button", { name: "3 issues" }));
        expect(buttons[1].textContent).toMatch(/^Error:.*Team a1, Team b1/);
        await userEvent.setup().click(buttons[1]);
        expect(onChoose).toHaveBeenLastCalledWith(issues[0]);
    });

    it("opens and closes from the keyboard, saying so, with the focus kept on the toggle", async () => {
        const panel = renderClosed([wide(1)]);
        const toggle = within(panel).getByRole("button", { name: "1 issue" });
        expect(toggle.getAttribute("aria-expanded")).toBe("false");
        toggle.focus();
        const user = userEvent.setup();
        await user.keyboard("{Enter}");
        expect(toggle.getAttribute("aria-expanded")).toBe("true");
        expect(document.activeElement).toBe(toggle);
        const list = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
        expect(list && within(list).getAllByRole("listitem")).toHaveLength(1);
        await user.keyboard("{Enter}");
        expect(toggle.getAttribute("aria-expanded")).toBe("false");
        expect(document.activeElement).toBe(toggle);
        expect(within(panel).queryAllByRole("listitem")).toHaveLength(0);
    });
});
