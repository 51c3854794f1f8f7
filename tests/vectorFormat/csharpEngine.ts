/**
 * Runs vectors through the C# engine's console (Plugin/Vectors), once for all files. Protocol
 * (tests/vectors/README.md): stdout is one JSON array, one element per file in the order given,
 * `{"file", "actual"}` or `{"file", "error"}`.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export type EngineResult = { actual: unknown } | { error: string };

const PROJECT = path.join("Plugin", "Vectors");

export function csharpEngineExists(repoRoot: string): boolean {
    return existsSync(path.join(repoRoot, PROJECT, "TeamSync.Vectors.csproj"));
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the console's stdout into one result per file; a broken protocol fails every file. */
export function parseCSharpOutput(stdout: string, files: readonly string[]): EngineResult[] {
    const all = (error: string): EngineResult[] => files.map(() => ({ error }));
    let parsed: unknown;
    try {
        parsed = JSON.parse(stdout);
    } catch (e) {
        return all(`the C# console's stdout is not JSON (${(e as Error).message}): ${stdout.slice(0, 300)}`);
    }
    if (!Array.isArray(parsed)) return all("the C# console's stdout is not a JSON array");
    if (parsed.length !== files.length)
        return all(`the C# console answered ${parsed.length} elements for ${files.length} files`);
    return parsed.map((element: unknown, i): EngineResult => {
        if (!isObject(element)) return { error: `element ${i} of the C# console's answer is not an object` };
        if (element.file !== files[i])
            return {
                error: `element ${i} of the C# console's answer is for ${JSON.stringify(element.file)}, expected ${JSON.stringify(files[i])}`,
            };
        if (typeof element.error === "string") return { error: element.error };
        if (!("actual" in element))
            return { error: `element ${i} of the C# console's answer has neither "actual" nor "error"` };
        return { actual: element.actual };
    });
}

function dotnet(repoRoot: string, args: string[]) {
    return spawnSync("dotnet", args, {
        cwd: repoRoot,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" },
    });
}

function tail(text: string): string {
    return text.trim().split("\n").slice(-15).join("\n");
}

/** `files` are paths relative to `repoRoot`, passed to the console as given. */
export function runCSharpEngine(repoRoot: string, files: readonly string[]): EngineResult[] {
    if (files.length === 0) return [];
    // Built apart from the run so that build output never mixes with the console's JSON.
    const build = dotnet(repoRoot, ["build", "-c", "Release", PROJECT, "-v", "quiet", "-nologo"]);
    if (build.error || build.status !== 0) {
        const why = build.error ? build.error.message : tail(`${build.stdout}\n${build.stderr}`);
        return files.map(() => ({ error: `the C# vectors console did not build: ${why}` }));
    }
    const run = dotnet(repoRoot, ["run", "--no-build", "-c", "Release", "--project", PROJECT, "--", ...files]);
    if (run.error || run.status !== 0) {
        const why = run.error ? run.error.message : `exit ${run.status}: ${tail(run.stderr)}`;
        return files.map(() => ({ error: `the C# vectors console failed: ${why}` }));
    }
    return parseCSharpOutput(run.stdout, files);
}
