// Production build of the PCF control. pcf-scripts can exit 0 after a failed build, so the
// bundle's presence (fresh from this run) is what decides success.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "out", "controls", "TeamSyncEditor", "bundle.js");
const mode = process.argv.includes("--dev") ? "development" : "production";

rmSync(path.join(root, "out", "controls"), { recursive: true, force: true });
const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "pcf-scripts", "bin", "pcf-scripts.js"), "build", "--buildMode", mode],
    {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true" },
    },
);
if (result.status !== 0 || !existsSync(bundle)) {
    console.error(`Build failed: ${path.relative(root, bundle)} was not written (exit ${result.status}).`);
    process.exit(1);
}
const bytes = statSync(bundle).size;
console.log(`bundle.js: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB, ${mode})`);
