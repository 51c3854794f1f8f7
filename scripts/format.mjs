// `npm run format [-- <paths>]`: applies the house style (.editorconfig, .prettierrc.json): Prettier on the
// TypeScript and JavaScript, `dotnet format` on the C# of Plugin/. With paths, only those (folders or files;
// a path under Plugin/ goes to dotnet format, any other to Prettier). `npm test` checks the same style.
// dotnet format cannot rename: a private field that is not _camelCase is reported and left to a person.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" };
const paths = process.argv.slice(2).map((p) => path.relative(root, path.resolve(p)).split(path.sep).join("/"));
const csharp = paths.filter((p) => p === "Plugin" || p.startsWith("Plugin/"));
const scripts = paths.filter((p) => !csharp.includes(p));

function run(label, command, args) {
    const started = Date.now();
    console.log(`${label}: ${[command, ...args].join(" ")}`);
    const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
    console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result.status ?? 1;
}

let failed = 0;
if (paths.length === 0 || scripts.length > 0) {
    const prettier = path.join(root, "node_modules", "prettier", "bin", "prettier.cjs");
    const targets = scripts.length > 0 ? scripts : ["."];
    // Prettier is not always idempotent (a member chain can be broken differently on a second pass), so write
    // until its own check, the one `npm test` runs, agrees.
    let status = 1;
    for (let pass = 0; pass < 3 && status !== 0; pass++) {
        run("prettier", process.execPath, [prettier, "--write", "--log-level", "warn", ...targets]);
        status = run("prettier --check", process.execPath, [prettier, "--check", "--log-level", "warn", ...targets]);
    }
    failed += status;
}
if (paths.length === 0 || csharp.length > 0) {
    const include = csharp.length > 0 ? ["--include", ...csharp] : [];
    failed += run("dotnet format", "dotnet", ["format", "Plugin/TeamSync.sln", ...include]);
}
process.exit(failed === 0 ? 0 : 1);
