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

function renderPanel(
    issues: Issue[],
    onChoose: (issue: Issue) => void = jest.fn(),
    visibleTeams?: ReadonlySet<string>,
) {
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

const issueButtons = (panel: HTMLElement): HTMLElement[] =>
    within(panel)
        .queryAllByRole("listitem")
        .map((item) => within(item).getByRole("button"));

describe("validation panel with many issues", () => {
    it("lists the issues about the teams drawn first, errors anywhere before them, and the organisation's others on demand", async () => {
        const issues = [cycle(1), ...Array.from({ length: 120 }, (_, n) => wide(n))];
        const panel = renderPanel(issues, jest.fn(), new Set(["w7", "w90"]));
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
        const panel = renderPanel(issues, onChoose);
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

    it("never hides an error: all errors show even when there are more than the first page", () => {
        const errors = Array.from({ length: ISSUES_SHOWN + 10 }, (_, n) => cycle(n));
        const panel = renderPanel([...errors, wide(1), wide(2)]);
        const shown = issueButtons(panel);
        expect(shown).toHaveLength(ISSUES_SHOWN + 10);
        expect(shown.every((button) => /^Error:/.test(button.textContent ?? ""))).toBe(true);
        expect(within(panel).getByRole("button", { name: `Show all ${ISSUES_SHOWN + 12} issues` })).toBeTruthy();
    });

    it("lists a short list whole, with no extra button", () => {
        const panel = renderPanel([cycle(1), wide(1)]);
        expect(issueButtons(panel)).toHaveLength(2);
        expect(within(panel).queryByRole("button", { name: /^Show all/ })).toBeNull();
    });
});
