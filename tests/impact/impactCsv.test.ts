import { buildGraph } from "../../TeamSyncEditor/engine";
import { csvCell, csvText, editImpact, impactCsv, ImpactCsvLabels } from "../../TeamSyncEditor/impact";
import { buildModel, userMemberships } from "../engine/modelBuilder";

describe("CSV cells", () => {
    it.each([
        ["plain", "plain"],
        ["a,b", '"a,b"'],
        ['say "hi"', '"say ""hi"""'],
        ["two\nlines", '"two\nlines"'],
        ["cr\r\nlf", '"cr\r\nlf"'],
        ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
        ["+1 555", "'+1 555"],
        ["-2+3", "'-2+3"],
        ["@SUM(A1)", "'@SUM(A1)"],
        ["\t=1", "'\t=1"],
        ["a=b", "a=b"],
        ["", ""],
    ])("%j becomes %j", (value, expected) => {
        expect(csvCell(value)).toBe(expected);
    });

    it("joins fields with commas and ends each line with CRLF", () => {
        expect(
            csvText([
                ["a", "b,c"],
                ["=1", ""],
            ]),
        ).toBe('a,"b,c"\r\n\'=1,\r\n');
    });
});

describe("impact CSV", () => {
    const labels: ImpactCsvLabels = {
        headings: ["Change", "Counted as", "User", "User id", "Team", "Team id", "Path"],
        add: "Add",
        remove: "Remove",
        edit: "This edit",
        drift: "Already out of sync",
        pathSeparator: " > ",
    };

    it("lists the edit's changes then the drift, with names, ids and paths, every value escaped", () => {
        const before = buildModel(
            ["A", "B", "C", "Q"],
            [{ parent: "A", id: "g", members: [{ child: "B", id: "mB" }] }],
        );
        const after = buildModel(
            ["A", "B", "C", "Q"],
            [
                {
                    parent: "A",
                    id: "g",
                    members: [
                        { child: "B", id: "mB" },
                        { child: "C", id: "mC" },
                    ],
                },
            ],
        );
        const memberships = new Map([
            ["u1", userMemberships({ A: "manual", B: "sync" })],
            ["u2", userMemberships({ A: "manual", B: "sync", Q: "sync" })],
        ]);
        const impact = editImpact(buildGraph(before), buildGraph(after), memberships, new Map());
        const users: Record<string, string> = { u1: "=cmd|' /C calc'!A0", u2: 'Smith, "Jo"' };
        const teams: Record<string, string> = { A: "Alpha", B: "Bravo", C: "-Charlie", Q: "Q\nTeam" };
        const text = impactCsv(
            impact,
            (id) => users[id],
            (id) => teams[id],
            labels,
        );
        expect(text.split("\r\n")).toEqual([
            "Change,Counted as,User,User id,Team,Team id,Path",
            "Add,This edit,'=cmd|' /C calc'!A0,u1,'-Charlie,C,Alpha > -Charlie",
            'Add,This edit,"Smith, ""Jo""",u2,\'-Charlie,C,Alpha > -Charlie',
            'Remove,Already out of sync,"Smith, ""Jo""",u2,"Q\nTeam",Q,"Q\nTeam"',
            "",
        ]);
    });
});
