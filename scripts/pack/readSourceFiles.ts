import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SourceFiles } from "./sourceFiles";

/**
 * Files that sit in Solution/ for MSBuild and git, not as source: the project, its output, and the
 * built control and assembly that Solution.cdsproj stages in the layout (Solution/.gitignore).
 */
const NOT_SOURCE =
    /^(Solution\.cdsproj$|\.gitignore$|bin\/|obj\/|Controls\/[^/]+\/(?!ControlManifest\.xml\.data\.xml$)|PluginAssemblies\/.*\.dll$)/;

export function readSourceFiles(solutionDir: string): SourceFiles {
    const files = new Map<string, Buffer>();
    for (const entry of readdirSync(solutionDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const full = path.join(entry.parentPath, entry.name);
        const relative = path.relative(solutionDir, full).split(path.sep).join("/");
        if (NOT_SOURCE.test(relative)) continue;
        files.set(relative, readFileSync(full));
    }
    return files;
}
