// `npm run test:dotnet`: builds the shipped plugin (Release net462, signed), then runs the C# tests
// (Plugin/EngineTests and Plugin/Tests, the latter also reading that DLL's metadata). Prints the fan-out measurement and one closing
// "N passed, N failed" line; exits non-zero if the build or any test failed.
import { spawnSync } from "node:child_process";

const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" };

function run(args) {
    const result = spawnSync("dotnet", args, { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
    return { status: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

console.log("dotnet build Plugin/Plugins -c Release -f net462");
const build = run([
    "build",
    "Plugin/Plugins/TeamSync.Plugins.csproj",
    "-c",
    "Release",
    "-f",
    "net462",
    "-nologo",
    "-v",
    "quiet",
]);
if (build.status !== 0) {
    console.log(build.output);
    console.log("dotnet: 0 passed, 1 failed (the Release net462 plugin did not build)");
    process.exit(1);
}

let passed = 0;
let failed = 0;
for (const project of [
    "Plugin/EngineTests/TeamSync.Engine.Tests.csproj",
    "Plugin/Tests/TeamSync.Plugins.Tests.csproj",
]) {
    console.log(`dotnet test ${project}`);
    const test = run(["test", project, "-nologo", "--logger", "console;verbosity=detailed"]);
    for (const line of test.output.split("\n")) {
        if (
            /^\s*(Failed|Error Message|Assert|Expected|Actual)\b|\bfan-out |\bproperty test:|error CS|error xUnit/.test(
                line,
            ) &&
            !/^\s*Passed /.test(line)
        ) {
            console.log(line.trimEnd());
        }
    }
    // Detailed verbosity closes with "Total tests: N", then "Passed: N" and "Failed: N" when non-zero.
    const summary = /^\s*Total tests:\s+(\d+)/m.test(test.output);
    const count = (label) => Number(test.output.match(new RegExp(`^\\s*${label}:\\s+(\\d+)`, "m"))?.[1] ?? 0);
    if (!summary) console.log(test.output.slice(-4000));
    passed += count("Passed");
    failed += summary ? count("Failed") : 1;
    if (test.status !== 0 && failed === 0) failed = 1;
}
console.log(`dotnet: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
