/**
 * The vectors runner: every `*.json` of a folder through every engine the project has, each failure
 * printed with file, engine, expected and actual, then one line `N passed, M failed` counting
 * vector × engine runs. Returns the process exit code: 1 on any failure or when there are no vectors.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { csharpEngineExists, EngineResult, runCSharpEngine } from "./csharpEngine";
import { jsonEqual } from "./jsonEqual";
import { parseVector, VectorFormatError } from "./parseVector";
import { EngineApi, loadTypeScriptEngine, runTypeScriptEngine } from "./typeScriptEngine";
import { Vector } from "./vector";

interface VectorFile {
    /** Relative to the repository root, as printed and as given to the C# console. */
    file: string;
    vector?: Vector;
    malformed?: string;
}

interface Engine {
    name: string;
    run(files: readonly VectorFile[]): EngineResult[];
}

function readVector(repoRoot: string, file: string): VectorFile {
    let json: unknown;
    try {
        json = JSON.parse(readFileSync(path.join(repoRoot, file), "utf8"));
    } catch (e) {
        return { file, malformed: `not valid JSON: ${(e as Error).message}` };
    }
    try {
        return { file, vector: parseVector(json) };
    } catch (e) {
        if (e instanceof VectorFormatError) return { file, malformed: e.message };
        throw e;
    }
}

async function typeScriptEngine(repoRoot: string): Promise<Engine> {
    let engine: EngineApi | undefined;
    let loadError = "";
    try {
        engine = await loadTypeScriptEngine(repoRoot);
    } catch (e) {
        loadError = `the TypeScript engine did not load: ${(e as Error).message}`;
    }
    const run = (vector: Vector): EngineResult => {
        if (!engine) return { error: loadError };
        try {
            return { actual: runTypeScriptEngine(engine, vector) };
        } catch (e) {
            return { error: `the engine threw: ${(e as Error).stack ?? String(e)}` };
        }
    };
    return { name: "typescript", run: (files) => files.map((f) => run(f.vector as Vector)) };
}

function csharpEngine(repoRoot: string): Engine {
    return {
        name: "csharp",
        run: (files) =>
            runCSharpEngine(
                repoRoot,
                files.map((f) => f.file),
            ),
    };
}

export interface RunOptions {
    repoRoot: string;
    /** The folder of `*.json` vectors. */
    dir: string;
    /** Engine names to run (`typescript`, `csharp`); absent: every engine the project has. */
    only?: readonly string[];
    print: (line: string) => void;
}

export async function runVectors({ repoRoot, dir, only, print }: RunOptions): Promise<number> {
    const absoluteDir = path.resolve(dir);
    const shown = path.relative(repoRoot, absoluteDir) || ".";
    const files =
        existsSync(absoluteDir) && statSync(absoluteDir).isDirectory()
            ? readdirSync(absoluteDir)
                  .filter((name) => name.endsWith(".json"))
                  .sort()
            : [];
    if (files.length === 0) {
        print(`No *.json vectors in ${shown}.`);
        print("0 passed, 0 failed");
        return 1;
    }
    const vectors = files.map((name) => readVector(repoRoot, path.relative(repoRoot, path.join(absoluteDir, name))));
    const wellFormed = vectors.filter((v) => v.vector !== undefined);
    const available = ["typescript", ...(csharpEngineExists(repoRoot) ? ["csharp"] : [])];
    const unknown = (only ?? []).filter((name) => !available.includes(name));
    if (unknown.length > 0) {
        print(`Unknown or unavailable engine: ${unknown.join(", ")} (available: ${available.join(", ")}).`);
        return 1;
    }
    const names = available.filter((name) => !only || only.includes(name));
    const engines = await Promise.all(
        names.map((name) => (name === "typescript" ? typeScriptEngine(repoRoot) : csharpEngine(repoRoot))),
    );
    print(`${vectors.length} vectors in ${shown}; engines: ${engines.map((e) => e.name).join(", ")}`);

    let passed = 0;
    let failed = 0;
    for (const engine of engines) {
        const results = new Map(engine.run(wellFormed).map((result, i) => [wellFormed[i].file, result]));
        for (const { file, vector, malformed } of vectors) {
            const result = results.get(file) ?? { error: "the engine gave no result" };
            if (malformed !== undefined || !vector) {
                failed++;
                print(`FAIL ${file} [${engine.name}]: malformed vector: ${malformed}`);
            } else if ("error" in result) {
                failed++;
                print(`FAIL ${file} [${engine.name}]: ${result.error}`);
            } else if (!jsonEqual(vector.expect, result.actual)) {
                failed++;
                print(`FAIL ${file} [${engine.name}]: ${vector.description}`);
                print(`  expected: ${JSON.stringify(vector.expect)}`);
                print(`  actual:   ${JSON.stringify(result.actual)}`);
            } else {
                passed++;
            }
        }
    }
    print(`${passed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
}
