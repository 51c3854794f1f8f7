import type { EditChange } from "../../TeamSyncEditor/data/types";
import type { Issue, IssueCode } from "../../TeamSyncEditor/engine/types";
import { EMPTY_HISTORY, record, redo, undo } from "../../TeamSyncEditor/state/editHistory";
import { issueSentence } from "../../TeamSyncEditor/components/viewModel/issueSentence";
import { LinkView, linkViews } from "../../TeamSyncEditor/components/viewModel/linkView";
import { neighbourhood } from "../../TeamSyncEditor/components/viewModel/neighbourhood";
import { teamChoices } from "../../TeamSyncEditor/components/viewModel/teamChoices";
import { fixtureOrg, TEAM } from "./fixtureOrg";
import { getString, strings } from "./renderEditor";

const link = (parent: string, child: string, memberId = `${parent}-${child}`): LinkView => ({
    memberId,
    configurationId: `g-${parent}`,
    configurationName: parent,
    configurationActive: true,
    parent,
    child,
    direction: "one-way",
    order: null,
    roleId: null,
    memberActive: true,
    active: true,
});

describe("neighbourhood", () => {
    it("follows links both ways out to the depth, nearest first", () => {
        const links = [link("P", "C"), link("C", "K1"), link("K1", "K2"), link("Q", "P"), link("X", "Y")];
        const shown = neighbourhood(links, "C", 2, 300);
        expect(shown.teams).toEqual(["C", "P", "K1", "Q", "K2"]);
        expect(shown.links.map((l) => l.memberId)).toEqual(["P-C", "C-K1", "K1-K2", "Q-P"]);
        expect(shown.hidden).toBe(0);
        expect(neighbourhood(links, "C", 1, 300).teams).toEqual(["C", "P", "K1"]);
    });

    it("keeps at most the limit and counts the rest as hidden", () => {
        const links = Array.from({ length: 10 }, (_, i) => link("HUB", `T${i}`));
        const shown = neighbourhood(links, "HUB", 2, 4);
        expect(shown.teams).toEqual(["HUB", "T0", "T1", "T2"]);
        expect(shown.hidden).toBe(7);
        expect(shown.links).toHaveLength(3);
    });

    const grouping = (perTeam: number, expanded: string[] = [], pinned: string[] = []) => ({
        perTeam,
        expanded: new Set(expanded),
        pinned: new Set(pinned),
    });

    it('groups a team\'s children past the legible number into one "+N more", and its parents apart', () => {
        const links = [
            ...Array.from({ length: 10 }, (_, i) => link("HUB", `T${i}`)),
            ...Array.from({ length: 4 }, (_, i) => link(`P${i}`, "HUB")),
        ];
        const shown = neighbourhood(links, "HUB", 2, 300, grouping(3));
        expect(shown.teams).toEqual(["HUB", "P0", "P1", "P2", "T0", "T1", "T2"]);
        expect(shown.groups).toEqual([
            { team: "HUB", side: "parents", hidden: 1 },
            { team: "HUB", side: "children", hidden: 7 },
        ]);
        expect(shown.hidden).toBe(0);
    });

    it("shows every child of an expanded team, and a pinned team (a new link's end) whatever the grouping", () => {
        const links = Array.from({ length: 10 }, (_, i) => link("HUB", `T${i}`));
        expect(neighbourhood(links, "HUB", 1, 300, grouping(3, ["HUB"])).teams).toHaveLength(11);
        const pinned = neighbourhood(links, "HUB", 1, 300, grouping(3, [], ["T9"]));
        expect(pinned.teams).toEqual(["HUB", "T0", "T1", "T2", "T9"]);
        expect(pinned.groups).toEqual([{ team: "HUB", side: "children", hidden: 6 }]);
    });

    it("does not count in a group a team that another shown team reaches", () => {
        const links = [
            link("A", "X1"),
            link("A", "X2"),
            link("A", "X3"),
            link("B", "X3"),
            link("C", "A"),
            link("C", "B"),
        ];
        const shown = neighbourhood(links, "C", 2, 300, grouping(2));
        expect(shown.teams).toEqual(["C", "A", "B", "X1", "X2", "X3"]);
        expect(shown.groups).toEqual([]);
    });
});

describe("editHistory", () => {
    const a: EditChange = { kind: "removeLink", memberId: "a" };
    const b: EditChange = { kind: "removeLink", memberId: "b" };
    it("undoes, redoes, and forgets the redo list on a new change", () => {
        const two = record(record(EMPTY_HISTORY, a), b);
        expect(undo(two).done).toEqual([a]);
        expect(redo(undo(two))).toEqual(two);
        expect(record(undo(two), a).done).toEqual([a, a]);
        expect(record(undo(two), a).undone).toEqual([]);
        expect(undo(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
        expect(redo(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
    });
});

describe("linkViews", () => {
    it("joins each member with its configuration", () => {
        const org = fixtureOrg();
        const views = linkViews({
            configurations: org.configurations.map((c) => (c.id === "g-cl2" ? { ...c, active: false } : c)),
            members: org.members,
        });
        const deal = views.find((view) => view.memberId === "m-cl-dd") as LinkView;
        expect(deal).toMatchObject({
            parent: TEAM.CL,
            child: TEAM.DD,
            direction: "bidirectional",
            order: 5,
            roleId: "r-slo",
            memberActive: true,
            configurationActive: false,
            active: false,
        });
        expect(views).toHaveLength(org.members.length);
    });
});

describe("teamChoices", () => {
    it("disables, with the reason, what cannot be picked", () => {
        const org = fixtureOrg();
        const links = linkViews(org);
        const reasons = (side: "child" | "parent") =>
            new Map(teamChoices(org.teams, links, TEAM.CL, side).map((choice) => [choice.team.name, choice.disabled]));
        const children = reasons("child");
        expect(children.get("All Staff")).toBe("Editor_Picker_EntraGroup");
        expect(children.get("Lending BU")).toBe("Editor_Picker_DefaultTeam");
        expect(children.get("Commercial Lending")).toBe("Editor_Picker_ThisTeam");
        expect(children.get("Credit Risk")).toBe("Editor_Picker_AlreadyLinked");
        expect(children.get("Risk Review")).toBeNull();
        const parents = reasons("parent");
        expect(parents.get("All Staff")).toBeNull();
        expect(parents.get("Head Office")).toBe("Editor_Picker_AlreadyLinked");
        expect([...children.keys()]).toEqual([...children.keys()].sort((x, y) => x.localeCompare(y)));
    });
});

describe("issueSentence", () => {
    const codes: IssueCode[] = [
        "self-loop",
        "duplicate-edge",
        "direction-conflict",
        "cycle",
        "managed-team-target",
        "missing-team",
        "missing-role",
        "empty-configuration",
        "inactive-parent",
        "wide-cascade",
    ];
    it.each(codes)("has a sentence for %s that names the teams", (code) => {
        expect(strings.has(`Editor_Issue_${code}`)).toBe(true);
        const issue: Issue = { code, severity: "error", teams: ["a", "b"], records: [], reachable: 31 };
        const sentence = issueSentence(issue, (id) => `<Team ${id}>`, getString);
        expect(sentence).toContain(
            code === "self-loop" ||
                code === "empty-configuration" ||
                code === "inactive-parent" ||
                code === "wide-cascade"
                ? "<Team a>"
                : "<Team a>, <Team b>",
        );
        if (code === "wide-cascade") expect(sentence).toContain("31");
    });
});
