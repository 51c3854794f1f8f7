import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { TeamSyncRoot } from "../../TeamSyncEditor/components/TeamSyncRoot";
import { getString } from "../components/renderEditor";
import { addRiskReview, editorService, lendingOrg } from "./lendingOrg";
import { counted, sentence } from "./renderImpact";

jest.setTimeout(180_000);

async function renderLending(): Promise<ReturnType<typeof userEvent.setup>> {
    const fixture = await lendingOrg();
    render(
        <TeamSyncRoot
            height={560}
            getString={getString}
            formatDate={(iso) => iso}
            theme={webLightTheme}
            service={editorService(fixture, () => undefined)}
        />,
    );
    await screen.findByRole("tab", { name: "Preview" });
    return userEvent.setup();
}

describe("the Preview tab in the editor", () => {
    it("keeps ticked roles and the picked user across a visit to another tab", async () => {
        const user = await renderLending();
        await user.click(screen.getByRole("tab", { name: "Preview" }));
        await user.click(screen.getByRole("checkbox", { name: "Senior Loan Officer" }));
        await user.click(screen.getByRole("tab", { name: "Graph" }));
        await user.click(screen.getByRole("tab", { name: "Preview" }));
        expect((screen.getByRole("checkbox", { name: "Senior Loan Officer" }) as HTMLInputElement).checked).toBe(true);

        await user.click(screen.getByRole("radio", { name: "An existing user" }));
        await user.type(screen.getByRole("combobox", { name: "User" }), "Cat");
        await user.click(await screen.findByRole("option", { name: "Cat Cole" }));
        await user.click(screen.getByRole("tab", { name: "List" }));
        await user.click(screen.getByRole("tab", { name: "Preview" }));
        expect((screen.getByRole("radio", { name: "An existing user" }) as HTMLInputElement).checked).toBe(true);
        expect((screen.getByRole("combobox", { name: "User" }) as HTMLInputElement).value).toBe("Cat Cole");
        // The ticks are still there for the new user.
        await user.click(screen.getByRole("radio", { name: "A new user" }));
        expect((screen.getByRole("checkbox", { name: "Senior Loan Officer" }) as HTMLInputElement).checked).toBe(true);
    });

    it("says the preview includes the unsaved edits and shows who they affect", async () => {
        const user = await renderLending();
        await user.click(screen.getByRole("tab", { name: "Preview" }));
        expect(screen.getByText(getString("Preview_Saved"))).toBeTruthy();
        await user.click(screen.getByRole("tab", { name: "Graph" }));
        await addRiskReview(user);
        await user.click(screen.getByRole("tab", { name: "Preview" }));
        expect(screen.getByText(sentence("Preview_Unsaved", counted("UnsavedChange", 1)))).toBeTruthy();
        const affected = screen.getByRole("region", { name: "Who is affected" });
        expect(
            await within(affected).findByText(
                sentence(
                    "Impact_Summary",
                    counted("Membership", 3),
                    counted("User", 3),
                    counted("Membership", 0),
                    counted("User", 0),
                ),
            ),
        ).toBeTruthy();
        // Nothing is being saved here: no review tick.
        expect(within(affected).queryByRole("checkbox")).toBeNull();
        await waitFor(() =>
            expect(
                screen.getByRole("heading", {
                    name: sentence("Preview_Join_Heading", "Commercial Lending", counted("Team", 4)),
                }),
            ).toBeTruthy(),
        );
    });
});
