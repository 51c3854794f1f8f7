// `npm test`: every check the project has, in one command. Each step runs even when an earlier
// one failed, so one run shows every failure; the exit code is non-zero if any step failed.
import { spawnSync } from "node:child_process";

const steps = [
    // First: it also writes TeamSyncEditor/generated/ManifestTypes.d.ts, which the type check of the tests needs.
    ["build", "production build of the control"],
    ["lint", "eslint"],
    ["typecheck:tests", "type check of the tests"],
    ["jest", "jest"],
    ["vectors", "shared test vectors"],
    ["test:dotnet", "C# plugin and engine tests"],
    ["test:browser", "browser tests in Chromium"],
];

const failed = [];
for (const [script, label] of steps) {
    console.log(`\n=== ${label} (npm run ${script}) ===`);
    const result = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit", env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true" } });
    if (result.status !== 0) failed.push(label);
}
console.log(failed.length === 0 ? "\nAll test steps passed." : `\nFailed steps: ${failed.join(", ")}`);
process.exit(failed.length === 0 ? 0 : 1);
