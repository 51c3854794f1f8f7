import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { FakeRequest, FakeWebApi, privilegeDenied } from "../../playground/dataverse";
import { TeamSyncRoot } from "../../TeamSyncEditor/components/TeamSyncRoot";
import type { TeamSyncService } from "../../TeamSyncEditor/components/TeamSyncService";
import { loadSyncData } from "../../TeamSyncEditor/data/loadSyncData";
import { resumeSave, saveEdits } from "../../TeamSyncEditor/data/saveEdits";
import { getString } from "../components/renderEditor";
import { workingPropagation } from "../support/fakePropagation";
import { lendingOrg, LendingOrg } from "./lendingOrg";

jest.setTimeout(240_000);

/** The editor over the in-memory Dataverse, whose second write fails once. */
function failingOnce(fixture: LendingOrg): TeamSyncService {
    let writes = 0;
    const webApi = new FakeWebApi(fixture.store, {
        fault: (r: FakeRequest) =>
            r.method !== "GET" && ++writes === 2 ? privilegeDenied("prvWritenw_teamsyncmember") : undefined,
    });
    return {
        editorContext: async () => ({ kind: "ready", teamId: fixture.team.CL, readOnly: null }),
        load: () => loadSyncData(webApi),
        save: (org, changes, seed, onProgress) => saveEdits(webApi, org, changes, { seed, onProgress }),
        resume: (writes, onProgress) => resumeSave(webApi, writes, { onProgress }),
        loadMemberships: fixture.service.loadMemberships,
        loadUserMemberships: fixture.service.loadUserMemberships,
        searchUsers: fixture.service.searchUsers,
        propagation: workingPropagation(),
    };
}

const isActive = (fixture: LendingOrg, name: string) =>
    fixture.store.rows("nw_teamsyncmember").find((row) => row.nw_name === name)?.statecode === 0;

/** Removes CL → PW and CR → AR from the list, saves, and waits for the report of the failed second write. */
async function saveTwoRemovalsThatStop(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
    await user.click(await screen.findByRole("tab", { name: "List" }));
    await user.click(screen.getByRole("button", { name: "Remove link Commercial Lending to Portfolio Watch" }));
    await user.click(screen.getByRole("button", { name: "Remove link Credit Risk to Archive" }));
    expect(screen.getByText("2 unsaved changes")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Save" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(await within(dialog).findByRole("button", { name: "Save", hidden: true }));
    expect(
        await within(dialog).findByText("The save stopped part way. Some changes were saved and some were not."),
    ).toBeTruthy();
    return dialog;
}

describe("saving again after a save that stopped part way", () => {
    it("Close carries the unwritten edit over to what is now saved, and the next save writes it (defect 1)", async () => {
        const fixture = await lendingOrg();
        render(
            <TeamSyncRoot
                height={560}
                getString={getString}
                formatDate={(iso) => iso}
                theme={webLightTheme}
                service={failingOnce(fixture)}
            />,
        );
        const user = userEvent.setup();
        const dialog = await saveTwoRemovalsThatStop(user);
        expect(isActive(fixture, "CL → PW")).toBe(false);
        expect(isActive(fixture, "CR → AR")).toBe(true);

        await user.click(within(dialog).getByRole("button", { name: "Close", hidden: true }));
        // Reloaded: the written removal is saved, the other is still an edit.
        expect(await screen.findByText("1 unsaved change")).toBeTruthy();
        // In jsdom, tabster can leave the editor aria-hidden after the dialog goes: found as hidden.
        const save = () => screen.getByRole("button", { name: "Save", hidden: true });
        // The reloaded editor's first check runs after its first paint; Save is off until then.
        await waitFor(() => expect(save().getAttribute("aria-disabled")).not.toBe("true"));
        await user.click(save());
        const again = await screen.findByRole("dialog", { hidden: true });
        await user.click(await within(again).findByRole("button", { name: "Save", hidden: true }));
        expect(await within(again).findByText("The change is saved.")).toBeTruthy();
        expect(isActive(fixture, "CR → AR")).toBe(false);
    });

    it("Reload keeps the edits not yet written (defect 4)", async () => {
        const fixture = await lendingOrg();
        render(
            <TeamSyncRoot
                height={560}
                getString={getString}
                formatDate={(iso) => iso}
                theme={webLightTheme}
                service={failingOnce(fixture)}
            />,
        );
        const user = userEvent.setup();
        const dialog = await saveTwoRemovalsThatStop(user);
        await user.click(within(dialog).getByRole("button", { name: "Reload", hidden: true }));
        expect(await screen.findByText("1 unsaved change")).toBeTruthy();
        expect(isActive(fixture, "CR → AR")).toBe(true);
    });
});
