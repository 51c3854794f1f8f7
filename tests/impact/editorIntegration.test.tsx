import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { TeamSyncRoot } from "../../TeamSyncEditor/components/TeamSyncRoot";
import { getString } from "../components/renderEditor";
import { addRiskReview, editorService, lendingOrg } from "./lendingOrg";
import { counted, sentence } from "./renderImpact";

jest.setTimeout(240_000);

describe("impact views in the editor", () => {
    it("offers Preview and Members tabs, and shows who a save affects in its confirmation", async () => {
        const fixture = await lendingOrg();
        const saved = jest.fn();
        render(
            <TeamSyncRoot
                height={560}
                getString={getString}
                formatDate={(iso) => iso}
                theme={webLightTheme}
                service={editorService(fixture, saved)}
            />,
        );
        const user = userEvent.setup();

        await user.click(await screen.findByRole("tab", { name: "Preview" }));
        expect(
            screen.getByRole("heading", {
                name: sentence("Preview_Join_Heading", "Commercial Lending", counted("Team", 3)),
            }),
        ).toBeTruthy();
        await user.click(screen.getByRole("tab", { name: "Members" }));
        expect(await screen.findByRole("table", { name: "Members and why" })).toBeTruthy();

        await addRiskReview(user);
        // The preview follows the unsaved edit.
        await user.click(screen.getByRole("tab", { name: "Preview" }));
        expect(
            screen.getByRole("heading", {
                name: sentence("Preview_Join_Heading", "Commercial Lending", counted("Team", 4)),
            }),
        ).toBeTruthy();

        await user.click(screen.getByRole("button", { name: "Save" }));
        const dialog = await screen.findByRole("dialog");
        expect(
            await within(dialog).findByText(
                sentence(
                    "Impact_Summary",
                    counted("Membership", 3),
                    counted("User", 3),
                    counted("Membership", 0),
                    counted("User", 0),
                ),
            ),
        ).toBeTruthy();
        // The threshold setting is absent: the default (100) lets 3 memberships through without the tick.
        expect(within(dialog).queryByRole("checkbox", { name: "I have reviewed the impact" })).toBeNull();
        // As below: tabster's modalizer in jsdom can mark the focused dialog aria-hidden.
        await user.click(within(dialog).getByRole("button", { name: "Save", hidden: true }));
        expect(saved).toHaveBeenCalledTimes(1);
    });

    it("with the impact review threshold set to 1, a 3-membership edit waits for the tick", async () => {
        const fixture = await lendingOrg();
        const saved = jest.fn();
        render(
            <TeamSyncRoot
                height={560}
                impactReviewThreshold={1}
                getString={getString}
                formatDate={(iso) => iso}
                theme={webLightTheme}
                service={editorService(fixture, saved)}
            />,
        );
        const user = userEvent.setup();
        await addRiskReview(user);

        await user.click(screen.getByRole("button", { name: "Save" }));
        const dialog = await screen.findByRole("dialog");
        const tick = await within(dialog).findByRole("checkbox", { name: "I have reviewed the impact" });
        expect(within(dialog).getByText(sentence("Impact_MustReview", counted("Membership", 1)))).toBeTruthy();
        // In jsdom, tabster's modalizer now and then marks the focused dialog aria-hidden; the gating is what is tested here.
        const save = within(dialog).getByRole("button", { name: "Save", hidden: true });
        expect(save.hasAttribute("disabled")).toBe(true);
        await user.click(tick);
        await user.click(save);
        expect(await within(dialog).findByRole("button", { name: "Close" })).toBeTruthy();
        expect(saved).toHaveBeenCalledTimes(1);
    });
});
