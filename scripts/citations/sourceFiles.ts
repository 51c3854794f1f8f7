import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

const skippedFolders = new Set([".git", "node_modules", "out", "bin", "obj", "generated", "test-results", "docs"]);
/** The citation rules and their tools, which must spell what they look for. */
const skippedFiles = new Set([
    "scripts/cite-semantics.ts",
    "scripts/citations/citationRules.ts",
    "tests/repository/citations.test.ts",
]);

/** The repository's TypeScript, JavaScript and C# files (paths relative to `root`, with `/`), docs/ and build output excluded. */
export function sourceFiles(root: string): string[] {
    const files: string[] = [];
    const walk = (folder: string): void => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) {
                if (!skippedFolders.has(entry.name)) walk(path);
            } else if (/\.(?:tsx?|[cm]?js|cs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
                const file = relative(root, path).split(sep).join("/");
                if (!skippedFiles.has(file)) files.push(file);
            }
        }
    };
    walk(root);
    return files.sort();
}
