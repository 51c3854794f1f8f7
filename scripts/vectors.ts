// `npm run vectors -- [dir] [--engine typescript|csharp]...`: runs every vector of a folder
// (default tests/vectors) through every engine, or only the engines named.
import path from "node:path";
import { runVectors } from "../tests/vectorFormat/runVectors";

const repoRoot = path.resolve(__dirname, "..");

function parseArguments(args: readonly string[]): { dir: string; only?: string[] } {
    const only: string[] = [];
    const positional: string[] = [];
    for (let i = 0; i < args.length; i++) {
        if (args[i] === "--engine") only.push(args[++i] ?? "");
        else positional.push(args[i]);
    }
    return { dir: positional[0] ?? path.join(repoRoot, "tests", "vectors"), only: only.length > 0 ? only : undefined };
}

async function main(): Promise<void> {
    const { dir, only } = parseArguments(process.argv.slice(2));
    process.exitCode = await runVectors({ repoRoot, dir, only, print: (line) => console.log(line) });
}

main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
});
