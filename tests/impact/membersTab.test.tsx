import * as React from "react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MembersTab } from "../../TeamSyncEditor/components/impact/tabs/MembersTab";
import { lendingOrg } from "./lendingOrg";
import { renderImpact, sentence } from "./renderImpact";

jest.setTimeout(30_000);

function rows(): string[][] {
    const table = screen.getByRole("table", { name: "Members and why" });
    return within(table)
        .getAllByRole("row")
        .slice(1)
        .map((row) =>
            within(row)
                .getAllByRole("cell")
                .map((cell) => cell.textContent ?? ""),
        );
}

describe("Members tab", () => {
    it("explains each member of Credit Risk from the sync log and flags drift, sorted, filtered and paged", async () => {
        const fixture = await lendingOrg();
        const { org, team, user } = fixture;
        renderImpact(
            <MembersTab
                org={org}
                teamId={team.CR}
                service={fixture.service}
                pageSize={3}
                formatDate={(iso) => iso.slice(0, 16)}
            />,
        );
        await screen.findByRole("table", { name: "Members and why" });
        // The initiating admin is in none of the loaded teams: named all the same, from the log's users.
        const admin = "Ada Admin";
        expect(fixture.store.rows("teammembership").some((row) => row.systemuserid === user.admin)).toBe(false);

        expect(rows().map((row) => row[0])).toEqual(["Ann Archer", "Bob <b>Baker</b>", "Cat Cole"]);
        expect(rows()[0]).toEqual([
            "Ann Archer",
            "Sync",
            sentence(
                "Members_Why_Sync",
                "2025-02-01T09:01",
                "Ann Archer",
                "Commercial Lending",
                "Commercial Lending → Credit Risk",
                admin,
            ),
            sentence("Members_InSync"),
        ]);
        // Cat's Credit Risk: no manual team of hers syncs into it.
        expect(rows()[2][3]).toBe(`${sentence("Members_OutOfSync")} ${sentence("Members_OutOfSync_Remove")}`);
        expect(screen.getByRole("status").textContent).toContain(sentence("Members_Page", 1, 2));

        const actions = userEvent.setup();
        // Keyboard only: tab to "Next page" and press Enter.
        screen.getByRole("button", { name: "Next page" }).focus();
        await actions.keyboard("{Enter}");
        // Dan is missing from Credit Risk: reconcile would add him through Head Office.
        expect(rows()).toEqual([
            [
                "Dan Dale",
                "Not a member",
                sentence("Members_Why_NotMember"),
                `${sentence("Members_OutOfSync")} ${sentence("Members_OutOfSync_Add", "Head Office", "Head Office → Commercial Lending → Credit Risk")}`,
            ],
        ]);

        await actions.click(screen.getByRole("button", { name: "Status" }));
        expect(rows().map((row) => row[0])).toEqual(["Cat Cole", "Dan Dale", "Ann Archer"]);
        await actions.click(screen.getByRole("button", { name: "Status" }));
        expect(screen.getByRole("columnheader", { name: /Status/ }).getAttribute("aria-sort")).toBe("descending");
        expect(rows().map((row) => row[0])).toEqual(["Ann Archer", "Bob <b>Baker</b>", "Dan Dale"]);

        await actions.type(screen.getByRole("textbox", { name: "Filter members" }), "out of sync");
        expect(
            rows()
                .map((row) => row[0])
                .sort(),
        ).toEqual(["Cat Cole", "Dan Dale"]);
        await actions.clear(screen.getByRole("textbox", { name: "Filter members" }));
        await actions.type(screen.getByRole("textbox", { name: "Filter members" }), "nobody here");
        expect(screen.getByText("No members match.")).toBeTruthy();
        // Names are data: markup in a name stays text.
        expect(document.querySelector("b")).toBeNull();
    });

    it("says so when the members cannot be loaded", async () => {
        const fixture = await lendingOrg();
        const service = {
            loadMemberships: () =>
                Promise.reject({ errorCode: 0x80040220, message: "Principal user is missing prvReadTeam" }),
        };
        renderImpact(
            <MembersTab org={fixture.org} teamId={fixture.team.CR} service={service} formatDate={(iso) => iso} />,
        );
        expect((await screen.findByRole("alert")).textContent).toMatch(/^Could not load this team's members: /);
    });
});
