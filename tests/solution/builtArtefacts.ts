/** The built control and plugin that the pack tests need: built here when the tree has none yet. */
import { existsSync } from "node:fs";
import path from "node:path";
import { buildControl, buildPlugin, CONTROLS_OUT, PLUGIN_OUT } from "../../scripts/pack/packSolution";

/** Building the control or the plugin on a fresh clone takes a few minutes on two cores. */
export const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

export function ensurePluginBuilt(): void {
    if (!existsSync(path.join(PLUGIN_OUT, "TeamSync.Plugins.dll"))) buildPlugin();
}

export function ensureControlBuilt(): void {
    if (!existsSync(path.join(CONTROLS_OUT, "TeamSyncEditor", "bundle.js"))) buildControl();
}
