/**
 * `npm run pack`: builds the control and the plugin, checks them and the solution source against
 * each other, and writes the unmanaged and managed solution zips to out/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readAssemblyMetadata, type AssemblyMetadata } from "./assemblyMetadata";
import { controlName } from "./controlName";
import { CONTENT_TYPES, packageEntries, type BuiltArtefacts } from "./packageEntries";
import { pluginAssemblyProblems } from "./pluginAssemblyProblems";
import { readSourceFiles } from "./readSourceFiles";
import { duplicateIds, layoutProblems, pluginAssemblies } from "./solutionLayout";
import { publisherPrefix, solutionUniqueName, solutionVersion } from "./solutionManifest";
import type { SourceFiles } from "./sourceFiles";
import { zipPackage } from "./zipPackage";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const SOLUTION_DIR = path.join(REPO_ROOT, "Solution");
export const CONTROLS_OUT = path.join(REPO_ROOT, "out", "controls");
export const PLUGIN_PROJECT = path.join(REPO_ROOT, "Plugin", "Plugins");
export const PLUGIN_OUT = path.join(PLUGIN_PROJECT, "bin", "Release", "net462");

function run(command: string, args: string[]): void {
    const result = spawnSync(command, args, {
        cwd: REPO_ROOT,
        stdio: "inherit",
        env: {
            ...process.env,
            PP_TOOLS_TELEMETRY_OPTOUT: "true",
            DOTNET_CLI_TELEMETRY_OPTOUT: "1",
            DOTNET_NOLOGO: "1",
        },
    });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

export function buildControl(): void {
    run(process.execPath, [path.join(REPO_ROOT, "scripts", "build.mjs")]);
}

export function buildPlugin(): void {
    run("dotnet", ["build", PLUGIN_PROJECT, "-c", "Release", "-f", "net462", "-nologo"]);
}

function readFolder(folder: string): Map<string, Buffer> {
    const files = new Map<string, Buffer>();
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const full = path.join(entry.parentPath, entry.name);
        files.set(path.relative(folder, full).split(path.sep).join("/"), readFileSync(full));
    }
    return files;
}

/** The built controls under out/controls, by the name they get in this solution. */
function builtControls(files: SourceFiles): Map<string, Map<string, Buffer>> {
    const controls = new Map<string, Map<string, Buffer>>();
    if (!existsSync(CONTROLS_OUT)) return controls;
    for (const folder of readdirSync(CONTROLS_OUT)) {
        const output = readFolder(path.join(CONTROLS_OUT, folder));
        const manifest = output.get("ControlManifest.xml");
        if (manifest !== undefined)
            controls.set(controlName(manifest.toString("utf8"), publisherPrefix(files)), output);
    }
    return controls;
}

/** The solution's plugin assemblies as built: bytes and metadata by simple name. */
function builtAssemblies(files: SourceFiles): { bytes: Map<string, Buffer>; metadata: Map<string, AssemblyMetadata> } {
    const bytes = new Map<string, Buffer>();
    const metadata = new Map<string, AssemblyMetadata>();
    for (const assembly of pluginAssemblies(files)) {
        const simpleName = assembly.fullName.split(",")[0];
        const dll = path.join(PLUGIN_OUT, `${simpleName}.dll`);
        if (!existsSync(dll)) continue;
        bytes.set(simpleName, readFileSync(dll));
        metadata.set(simpleName, readAssemblyMetadata(dll));
    }
    return { bytes, metadata };
}

export interface PackedZip {
    path: string;
    bytes: Uint8Array;
}

/** Checks everything, then writes both zips; throws with every problem found. */
export function packSolution(outDir: string): PackedZip[] {
    const files = readSourceFiles(SOLUTION_DIR);
    const assemblies = builtAssemblies(files);
    const problems = [
        ...layoutProblems(files),
        ...duplicateIds(files).map((d) => `id defined more than once: ${d}`),
        ...pluginAssemblyProblems(files, assemblies.metadata),
    ];
    if (problems.length > 0) throw new Error(`The solution cannot be packed:\n- ${problems.join("\n- ")}`);
    const built: BuiltArtefacts = { controls: builtControls(files), assemblies: assemblies.bytes };
    const base = `${solutionUniqueName(files)}_${solutionVersion(files).replace(/\./g, "_")}`;
    mkdirSync(outDir, { recursive: true });
    return [false, true].map((managed) => {
        const zipPath = path.join(outDir, `${base}${managed ? "_managed" : ""}.zip`);
        const bytes = zipPackage(packageEntries(files, built, managed), CONTENT_TYPES);
        writeFileSync(zipPath, bytes);
        return { path: zipPath, bytes };
    });
}

export function main(args: string[]): void {
    if (!args.includes("--no-build")) {
        buildControl();
        buildPlugin();
    }
    for (const zip of packSolution(path.join(REPO_ROOT, "out"))) {
        console.log(`${path.relative(REPO_ROOT, zip.path)}: ${statSync(zip.path).size} bytes`);
    }
}
