import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PreviewTab, PreviewTabProps } from "../../TeamSyncEditor/components/impact/tabs/PreviewTab";
import { NEW_USER, SubjectChoice } from "../../TeamSyncEditor/components/impact/SubjectPicker";
import { applyEdits } from "../../TeamSyncEditor/data/applyEdits";
import { buildGraph, planJoin, planLeave, validate } from "../../TeamSyncEditor/engine";
import { lendingOrg, LendingOrg } from "./lendingOrg";
import { counted, renderImpact, sentence } from "./renderImpact";

/** The team names of a preview list, in the order shown. */
function listed(heading: RegExp): string[] {
    const section = screen.getByRole("region", { name: heading });
    const items = within(section).queryAllByRole("listitem");
    return items.map((item) => (item.textContent ?? "").split(" — ")[0]);
}

function nameOf(fixture: LendingOrg, id: string): string {
    return fixture.org.teams.find((team) => team.id === id)?.name ?? id;
}

jest.setTimeout(180_000);

/** The tab with its subject kept above it, as the editor keeps it. */
const Preview: React.FC<Omit<PreviewTabProps, "choice" | "onChoice" | "changeCount">> = (props) => {
    const [choice, setChoice] = React.useState<SubjectChoice>(NEW_USER);
    return <PreviewTab {...props} choice={choice} onChoice={setChoice} changeCount={0} />;
};

/** Picks a user of the organisation by typing part of their name. */
async function pickUser(actions: ReturnType<typeof userEvent.setup>, typed: string, name: string): Promise<void> {
    const box = screen.getByRole("combobox", { name: "User" });
    await actions.clear(box);
    await actions.type(box, typed);
    await actions.click(await screen.findByRole("option", { name }));
}

describe("Preview tab", () => {
    it("shows what a new user gets on join and loses on leave, with ticked roles, equal to the engine", async () => {
        const fixture = await lendingOrg();
        const { org, team } = fixture;
        const model = org.model;
        renderImpact(
            <Preview org={org} model={model} teamId={team.CL} issues={validate(model)} service={fixture.service} />,
        );
        const graph = buildGraph(model);
        const engineJoin = (roles: string[]) =>
            planJoin(graph, "u", team.CL, new Map(), new Set(roles)).operations.map((op) => nameOf(fixture, op.team));

        expect(listed(/joins Commercial Lending/)).toEqual(engineJoin([]));
        expect(listed(/joins Commercial Lending/)).toEqual(["Credit Risk", "Portfolio Watch", "Archive"]);
        expect(
            screen.getByRole("heading", {
                name: sentence("Preview_Leave_Heading", "Commercial Lending", counted("Team", 3)),
            }),
        ).toBeTruthy();

        await userEvent.setup().click(screen.getByRole("checkbox", { name: "Senior Loan Officer" }));
        expect(listed(/joins Commercial Lending/)).toEqual(engineJoin([fixture.slo]));
        expect(listed(/joins Commercial Lending/)[0]).toBe("Deal Desk");
        const path = within(screen.getByRole("region", { name: /joins/ })).getAllByRole("listitem")[3].textContent;
        expect(path).toContain(sentence("Preview_Path", "Commercial Lending → Credit Risk → Archive"));
        // Nothing is loaded for a new user.
        expect(fixture.loads()).toBe(0);
    });

    it("previews any user of the organisation, found by name, with their roles and memberships, and the still-required warning", async () => {
        const fixture = await lendingOrg();
        const { org, team, user } = fixture;
        const member = await fixture.service.loadMemberships([team.CL]);
        const graph = buildGraph(org.model);
        renderImpact(<Preview org={org} model={org.model} teamId={team.CL} issues={[]} service={fixture.service} />);
        const actions = userEvent.setup();
        await actions.click(screen.getByRole("radio", { name: "An existing user" }));
        await actions.type(screen.getByRole("combobox", { name: "User" }), "a");
        // Everyone whose name contains the text, members of this team or not, by name.
        await waitFor(() =>
            expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
                "Ada Admin",
                "Ann Archer",
                "Bob <b>Baker</b>",
                "Cat Cole",
                "Dan Dale",
            ]),
        );
        await actions.click(screen.getByRole("option", { name: "Bob <b>Baker</b>" }));

        const bob = member.memberships.get(user.bob) ?? new Map();
        const bobRoles = member.userRoles.get(user.bob) ?? new Set();
        const join = within(await screen.findByRole("region", { name: /joins/ })).getAllByRole("listitem");
        expect(join.map((item) => item.textContent?.split(" — ")[0])).toEqual([
            "Deal Desk",
            "Credit Risk",
            "Portfolio Watch",
            "Archive",
        ]);
        expect(join.every((item) => item.textContent?.includes("Already a member"))).toBe(true);
        expect(planJoin(graph, "u", team.CL, bob, bobRoles).operations).toEqual([]);
        expect(listed(/leaves/)).toEqual(
            planLeave(graph, "u", team.CL, bob, bobRoles).operations.map((op) => nameOf(fixture, op.team)),
        );
        expect(listed(/leaves/)).toEqual(["Deal Desk", "Credit Risk", "Portfolio Watch", "Archive"]);

        await pickUser(actions, "Dan", "Dan Dale");
        expect(
            await screen.findByText(sentence("Preview_StillRequired", "Commercial Lending", "Head Office")),
        ).toBeTruthy();
        const leave = within(screen.getByRole("region", { name: /leaves/ })).getAllByRole("listitem");
        expect(leave.map((item) => item.textContent?.includes(sentence("Preview_Stays_StillRequired")))).toEqual([
            true,
            true,
        ]);
        expect(
            planLeave(graph, "u", team.CL, member.memberships.get(user.dan) ?? new Map(), new Set()).operations,
        ).toEqual([]);
    });

    it("previews a user who is not in this team: what joining would add", async () => {
        const fixture = await lendingOrg();
        const { org, team, user } = fixture;
        const cat = await fixture.service.loadUserMemberships([user.cat]);
        renderImpact(<Preview org={org} model={org.model} teamId={team.CL} issues={[]} service={fixture.service} />);
        const actions = userEvent.setup();
        await actions.click(screen.getByRole("radio", { name: "An existing user" }));
        await pickUser(actions, "cole", "Cat Cole");
        const expected = planJoin(
            buildGraph(org.model),
            user.cat,
            team.CL,
            cat.memberships.get(user.cat) ?? new Map(),
            new Set(),
        ).operations.map((op) => nameOf(fixture, op.team));
        // Cat is in Credit Risk already (by sync alone): joining adds the rest.
        expect(expected).toEqual(["Portfolio Watch", "Archive"]);
        await waitFor(() => expect(listed(/joins/)).toEqual(["Credit Risk", ...expected]));
        const rows = within(screen.getByRole("region", { name: /joins/ })).getAllByRole("listitem");
        expect(rows[0].textContent).toContain(sentence("Preview_AlreadyMember"));
    });

    it("works on the edited graph and shows the wide-cascade warning with its numbers", async () => {
        const fixture = await lendingOrg();
        const { org, team } = fixture;
        const edited = applyEdits(
            org,
            [
                {
                    kind: "addLink",
                    memberId: "new",
                    parentTeamId: team.PW,
                    childTeamId: team.RR,
                    direction: "one-way",
                    order: null,
                    roleId: null,
                },
            ],
            "seed",
        );
        const issues = validate(edited, { wideCascade: 3 });
        renderImpact(
            <Preview
                org={org}
                model={edited}
                teamId={team.CL}
                issues={issues}
                settings={{ wideCascade: 3 }}
                service={fixture.service}
            />,
        );
        expect(listed(/joins/)).toEqual(["Credit Risk", "Portfolio Watch", "Archive", "Risk Review"]);
        await waitFor(() =>
            expect(
                screen.getByText(sentence("Preview_WideCascade", "Commercial Lending", counted("Team", 5), 3)),
            ).toBeTruthy(),
        );
    });
});
