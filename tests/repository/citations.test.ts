/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { citedSections, forbiddenCitations, rewriteCitations } from "../../scripts/citations/citationRules";
import { sourceFiles } from "../../scripts/citations/sourceFiles";
import { textRanges } from "../../scripts/citations/textRanges";

const root = join(__dirname, "..", "..");
const semantics = readFileSync(join(root, "docs", "semantics.md"), "utf8");

/** The sections docs/semantics.md has: "1".."9", and "8.1".. for the worked examples of §8. */
function sectionsOf(markdown: string): Set<string> {
    const sections = new Set<string>();
    let current = "";
    for (const line of markdown.split("\n")) {
        const heading = /^## (\d+)\. /.exec(line);
        if (heading) current = heading[1];
        if (heading) sections.add(current);
        const item = /^(\d+)\. /.exec(line);
        if (item && current) sections.add(`${current}.${item[1]}`);
    }
    return sections;
}

function lineOf(text: string, index: number): number {
    return text.slice(0, index).split("\n").length;
}

describe("citations in source code", () => {
    const files = sourceFiles(root);

    it("cite docs/semantics.md, never an issue, the brief or the shared contract (npm run cite-semantics rewrites the contract's)", () => {
        const offences: string[] = [];
        for (const file of files) {
            const text = readFileSync(join(root, file), "utf8");
            for (const range of textRanges(file, text)) {
                for (const reason of forbiddenCitations(text.slice(range.start, range.end), range.kind)) {
                    offences.push(`${file}:${lineOf(text, range.start)} ${reason}`);
                }
            }
        }
        expect(offences).toEqual([]);
    });

    it("cite sections that docs/semantics.md has", () => {
        const sections = sectionsOf(semantics);
        const unknown: string[] = [];
        for (const file of files) {
            const text = readFileSync(join(root, file), "utf8");
            for (const range of textRanges(file, text)) {
                for (const section of citedSections(text.slice(range.start, range.end))) {
                    if (!sections.has(section)) unknown.push(`${file}:${lineOf(text, range.start)} §${section}`);
                }
            }
        }
        expect(unknown).toEqual([]);
    });

    it("are looked for in TypeScript, TSX, JavaScript and C#", () => {
        expect(files).toEqual(
            expect.arrayContaining([
                "TeamSyncEditor/engine/planJoin.ts",
                "TeamSyncEditor/index.ts",
                "scripts/test.mjs",
                "Plugin/Engine/JoinPlanner.cs",
            ]),
        );
        expect(files.some((file) => file.endsWith(".tsx"))).toBe(true);
        expect(files.some((file) => file.startsWith("node_modules/") || file.startsWith("docs/"))).toBe(false);
    });
});

describe("docs/semantics.md", () => {
    it("keeps the shared contract's numbering: §1 to §9, and nine worked examples in §8", () => {
        const headings = [...semantics.matchAll(/^## (\d+)\. /gm)].map((match) => match[1]);
        expect(headings).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
        const examples = [...sectionsOf(semantics)].filter((section) => section.startsWith("8."));
        expect(examples).toEqual(["8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "8.9"]);
    });
});

describe("rewriteCitations", () => {
    it.each([
        ["/** Spec §4: a user was added */", "/** docs/semantics.md §4: a user was added */"],
        ["// (spec §4–§6)", "// (docs/semantics.md §4–§6)"],
        ["/// the spec §2 graph", "/// docs/semantics.md §2 graph"],
        ["// spec §7/§9", "// docs/semantics.md §7/§9"],
        ["// as defined by ../shared/spec/sync-semantics.md.", "// as defined by docs/semantics.md."],
        ['"shows (spec §8.9)"', '"shows (docs/semantics.md §8.9)"'],
    ])("rewrites %s", (before, after) => {
        expect(rewriteCitations(before)).toBe(after);
        expect(rewriteCitations(after)).toBe(after);
    });
});

describe("forbiddenCitations", () => {
    it.each([
        ["// Behaviours 1–5 of issue 6", "comment"],
        ["// Runs as SYSTEM (see §7 of the issue).", "comment"],
        ["// Liberal where the brief allows", "comment"],
        ["// in the spec's order", "comment"],
        ["// spec §4", "comment"],
        ['"layered layout (issue 8)"', "string"],
        ['"see ../shared/spec/sync-semantics.md"', "string"],
    ] as const)("refuses %s", (text, kind) => {
        expect(forbiddenCitations(text, kind)).not.toEqual([]);
    });

    it.each([
        ["// docs/semantics.md §5: the leave", "comment"],
        ["// the validation issues, errors first; the issue list", "comment"],
        ['"--test-reporter=spec"', "string"],
        ['"reads the spec"', "string"],
    ] as const)("accepts %s", (text, kind) => {
        expect(forbiddenCitations(text, kind)).toEqual([]);
    });

    it("finds the sections a citation names", () => {
        expect(citedSections("docs/semantics.md §4–§6 and docs/semantics.md §8.9")).toEqual(["4", "6", "8.9"]);
    });
});

describe("textRanges", () => {
    const pick = (path: string, text: string) =>
        textRanges(path, text).map((range) => [range.kind, text.slice(range.start, range.end)]);

    it("finds TypeScript comments, JSX comments and strings, not identifiers", () => {
        const text =
            'const spec = "a"; // one\n/** two */\nconst e = <div>{/* three */}</div>;\nconst t = `x${spec}y`;\n';
        expect(pick("x.tsx", text)).toEqual([
            ["string", '"a"'],
            ["comment", "// one"],
            ["comment", "/** two */"],
            ["comment", "/* three */"],
            ["string", "`x${"],
            ["string", "}y`"],
        ]);
    });

    it("finds C# comments and strings of every kind", () => {
        const text =
            'var a = "x // y"; // one\nvar b = @"c:\\""d"; /* two */ var c = \'"\';\nvar d = $"{a}"; /// three\n';
        expect(pick("x.cs", text)).toEqual([
            ["string", '"x // y"'],
            ["comment", "// one"],
            ["string", '@"c:\\""d"'],
            ["comment", "/* two */"],
            ["string", '$"{a}"'],
            ["comment", "/// three"],
        ]);
    });
});
