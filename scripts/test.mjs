// `npm test`: every check the project has, in one command. Each step runs even when an earlier
// one failed, so one run shows every failure; the exit code is non-zero if any step failed, and
// each failed step is listed with the command that fixes it, where one exists.
import { spawnSync } from "node:child_process";

const steps = [
    // First: it also writes TeamSyncEditor/generated/ManifestTypes.d.ts, which the type check of the tests needs.
    ["build", "production build of the control"],
    ["lint", "eslint", "npx eslint --fix . (what it cannot fix, by hand)"],
    ["format:check", "formatting of TypeScript and JavaScript (Prettier)", "npm run format"],
    [
        "format:check:dotnet",
        "formatting of C# (dotnet format)",
        "npm run format (private fields: rename to _camelCase by hand)",
    ],
    ["typecheck:tests", "type check of the tests"],
    ["jest", "jest", "for tests/repository/citations.test.ts: npm run cite-semantics, then reword what it lists"],
    ["vectors", "shared test vectors"],
    ["test:dotnet", "C# plugin and engine tests"],
    ["test:browser", "browser tests in Chromium"],
];

const env = { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true", DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" };
const failed = [];
for (const [script, label, fix] of steps) {
    console.log(`\n=== ${label} (npm run ${script}) ===`);
    const result = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit", env });
    if (result.status !== 0) {
        failed.push(fix ? `${label} (fix: ${fix})` : label);
        if (fix) console.log(`--- ${label} failed; fix: ${fix}`);
    }
}
console.log(
    failed.length === 0
        ? "\nAll test steps passed."
        : `\nFailed steps:\n${failed.map((step) => `- ${step}`).join("\n")}`,
);
process.exit(failed.length === 0 ? 0 : 1);
