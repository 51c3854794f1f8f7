import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { TeamSyncRoot } from "../../TeamSyncEditor/components/TeamSyncRoot";
import type { TeamSyncService } from "../../TeamSyncEditor/components/TeamSyncService";
import { getString } from "../components/renderEditor";
import { lendingOrg } from "./lendingOrg";
import { sentence } from "./renderImpact";

jest.setTimeout(120_000);

describe("impact views in the editor", () => {
    it("offers Preview and Members tabs, and shows who a save affects in its confirmation", async () => {
        const fixture = await lendingOrg();
        const saved = jest.fn();
        const service: TeamSyncService = {
            editorContext: async () => ({ kind: "ready", teamId: fixture.team.CL, readOnly: null }),
            load: async () => fixture.org,
            save: async () => (saved(), { status: "saved", written: [] }),
            resume: async () => ({ status: "saved", written: [] }),
            loadMemberships: fixture.service.loadMemberships,
        };
        render(<TeamSyncRoot height={560} getString={getString} theme={webLightTheme} service={service} />);
        const user = userEvent.setup();

        await user.click(await screen.findByRole("tab", { name: "Preview" }));
        expect(screen.getByRole("heading", { name: sentence("Preview_Join_Heading", "Commercial Lending", 3) })).toBeTruthy();
        await user.click(screen.getByRole("tab", { name: "Members" }));
        expect(await screen.findByRole("table", { name: "Members and why" })).toBeTruthy();

        await user.click(screen.getByRole("button", { name: "Add child team" }));
        const picker = await screen.findByRole("region", { name: "Add child team" });
        await user.type(within(picker).getByRole("combobox", { name: "Team" }), "Risk Review");
        await user.click(screen.getByRole("option", { name: "Risk Review" }));
        await user.click(within(picker).getByRole("button", { name: "Add" }));
        // The preview follows the unsaved edit.
        await user.click(screen.getByRole("tab", { name: "Preview" }));
        expect(screen.getByRole("heading", { name: sentence("Preview_Join_Heading", "Commercial Lending", 4) })).toBeTruthy();

        await user.click(screen.getByRole("button", { name: "Save" }));
        const dialog = await screen.findByRole("dialog");
        expect(await within(dialog).findByText(sentence("Impact_Summary", 3, 3, 0, 0))).toBeTruthy();
        await user.click(within(dialog).getByRole("button", { name: "Save" }));
        expect(saved).toHaveBeenCalledTimes(1);
    });
});
