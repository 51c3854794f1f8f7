import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PreviewTab } from "../../TeamSyncEditor/components/impact/tabs/PreviewTab";
import { applyEdits } from "../../TeamSyncEditor/data/applyEdits";
import { buildGraph, planJoin, planLeave, validate } from "../../TeamSyncEditor/engine";
import { lendingOrg, LendingOrg } from "./lendingOrg";
import { renderImpact, sentence } from "./renderImpact";

/** The team names of a preview list, in the order shown. */
function listed(heading: RegExp): string[] {
    const section = screen.getByRole("region", { name: heading });
    const items = within(section).queryAllByRole("listitem");
    return items.map((item) => (item.textContent ?? "").split(" — ")[0]);
}

function nameOf(fixture: LendingOrg, id: string): string {
    return fixture.org.teams.find((team) => team.id === id)?.name ?? id;
}

jest.setTimeout(30_000);

describe("Preview tab", () => {
    it("shows what a new user gets on join and loses on leave, with ticked roles, equal to the engine", async () => {
        const fixture = await lendingOrg();
        const { org, team } = fixture;
        const model = org.model;
        renderImpact(<PreviewTab org={org} model={model} teamId={team.CL} issues={validate(model)} service={fixture.service} />);
        const graph = buildGraph(model);
        const engineJoin = (roles: string[]) => planJoin(graph, "u", team.CL, new Map(), new Set(roles)).operations.map((op) => nameOf(fixture, op.team));

        expect(listed(/joins Commercial Lending/)).toEqual(engineJoin([]));
        expect(listed(/joins Commercial Lending/)).toEqual(["Credit Risk", "Portfolio Watch", "Archive"]);
        expect(screen.getByRole("heading", { name: sentence("Preview_Leave_Heading", "Commercial Lending", 3) })).toBeTruthy();

        await userEvent.setup().click(screen.getByRole("checkbox", { name: "Senior Loan Officer" }));
        expect(listed(/joins Commercial Lending/)).toEqual(engineJoin([fixture.slo]));
        expect(listed(/joins Commercial Lending/)[0]).toBe("Deal Desk");
        const path = within(screen.getByRole("region", { name: /joins/ })).getAllByRole("listitem")[3].textContent;
        expect(path).toContain(sentence("Preview_Path", "Commercial Lending → Credit Risk → Archive"));
        // Nothing is loaded for a new user.
        expect(fixture.loads()).toBe(0);
    });

    it("previews a picked member with their roles and memberships, and the still-required warning", async () => {
        const fixture = await lendingOrg();
        const { org, team, user } = fixture;
        const member = await fixture.service.loadMemberships([team.CL]);
        const graph = buildGraph(org.model);
        renderImpact(<PreviewTab org={org} model={org.model} teamId={team.CL} issues={[]} service={fixture.service} />);
        const actions = userEvent.setup();
        await actions.click(screen.getByRole("radio", { name: "One of this team's members" }));
        await actions.click(await screen.findByRole("combobox", { name: "Member" }));
        expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual(["Ann Archer", "Bob <b>Baker</b>", "Dan Dale"]);
        await actions.click(screen.getByRole("option", { name: "Bob <b>Baker</b>" }));

        const bob = member.memberships.get(user.bob) ?? new Map();
        const bobRoles = member.userRoles.get(user.bob) ?? new Set();
        const join = within(screen.getByRole("region", { name: /joins/ })).getAllByRole("listitem");
        expect(join.map((item) => item.textContent?.split(" — ")[0])).toEqual(["Deal Desk", "Credit Risk", "Portfolio Watch", "Archive"]);
        expect(join.every((item) => item.textContent?.includes("Already a member"))).toBe(true);
        expect(planJoin(graph, "u", team.CL, bob, bobRoles).operations).toEqual([]);
        expect(listed(/leaves/)).toEqual(planLeave(graph, "u", team.CL, bob, bobRoles).operations.map((op) => nameOf(fixture, op.team)));
        expect(listed(/leaves/)).toEqual(["Deal Desk", "Credit Risk", "Portfolio Watch", "Archive"]);

        await actions.click(screen.getByRole("combobox", { name: "Member" }));
        await actions.click(screen.getByRole("option", { name: "Dan Dale" }));
        expect(screen.getByText(sentence("Preview_StillRequired", "Commercial Lending", "Head Office"))).toBeTruthy();
        const leave = within(screen.getByRole("region", { name: /leaves/ })).getAllByRole("listitem");
        expect(leave.map((item) => item.textContent?.includes(sentence("Preview_Stays_StillRequired")))).toEqual([true, true]);
        expect(planLeave(graph, "u", team.CL, member.memberships.get(user.dan) ?? new Map(), new Set()).operations).toEqual([]);
    });

    it("works on the edited graph and shows the wide-cascade warning with its numbers", async () => {
        const fixture = await lendingOrg();
        const { org, team } = fixture;
        const edited = applyEdits(org, [{ kind: "addLink", memberId: "new", parentTeamId: team.PW, childTeamId: team.RR, direction: "one-way", order: null, roleId: null }], "seed");
        const issues = validate(edited, { wideCascade: 3 });
        renderImpact(<PreviewTab org={org} model={edited} teamId={team.CL} issues={issues} settings={{ wideCascade: 3 }} service={fixture.service} />);
        expect(listed(/joins/)).toEqual(["Credit Risk", "Portfolio Watch", "Archive", "Risk Review"]);
        await waitFor(() => expect(screen.getByText(sentence("Preview_WideCascade", "Commercial Lending", 5, 3))).toBeTruthy());
    });
});
