/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/** ESLint's rule ids for each `[path, code]`, linted as if the code were that file (one ESLint process for all). */
function lintAs(probes: [string, string][]): string[][] {
    const script = `
        import { ESLint } from "eslint";
        const probes = JSON.parse(process.argv[1]);
        const eslint = new ESLint();
        const verdicts = [];
        for (const [filePath, code] of probes) {
            const [report] = await eslint.lintText(code, { filePath });
            verdicts.push(report.messages.map((message) => message.ruleId ?? "fatal"));
        }
        console.log(JSON.stringify(verdicts));`;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(probes)], {
        cwd: root,
        encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout) as string[][];
}

const forbidden = [
    'import * as React from "react";\nexport const a = React;\n',
    'import { createRoot } from "react-dom/client";\nexport const a = createRoot;\n',
    'import { Button } from "@fluentui/react-components";\nexport const a = Button;\n',
    'import type { GraphNode } from "../components/graphTypes";\nexport type A = GraphNode;\n',
    'import { TeamNode } from "../components/graph/TeamNode";\nexport const a = TeamNode;\n',
];

describe("the pure parts of the control", () => {
    const folders = ["engine", "layout", "data", "impact"];
    const probes: [string, string][] = [
        ...folders.flatMap((folder) =>
            forbidden.map((code): [string, string] => [`TeamSyncEditor/${folder}/probe.ts`, code]),
        ),
        ["TeamSyncEditor/impact/probe.ts", 'import { planJoin } from "../engine";\nexport const a = planJoin;\n'],
        ["TeamSyncEditor/components/probe.ts", forbidden[0]],
    ];
    const verdicts = lintAs(probes);

    it.each(folders)("%s/ imports no React and nothing from components/", (folder) => {
        const mine = verdicts
            .filter((_, i) => probes[i][0] === `TeamSyncEditor/${folder}/probe.ts`)
            .slice(0, forbidden.length);
        expect(mine).toEqual(forbidden.map(() => ["no-restricted-imports"]));
    });

    it("may import each other", () => {
        expect(verdicts[verdicts.length - 2]).toEqual([]);
    });

    it("leave components/ free to use React", () => {
        expect(verdicts[verdicts.length - 1]).toEqual([]);
    });
});
