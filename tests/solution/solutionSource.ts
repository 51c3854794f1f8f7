/** The repository's solution source and the files the tests compare it with. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readSourceFiles } from "../../scripts/pack/readSourceFiles";
import type { SourceFiles } from "../../scripts/pack/sourceFiles";
import { csharpConstants, type CSharpConstant } from "./csharpConstants";

export const REPO = path.resolve(__dirname, "..", "..");
export const SCHEMA_CS = path.join(REPO, "Plugin", "Plugins", "Schema.cs");

export function solutionSource(): SourceFiles {
    return readSourceFiles(path.join(REPO, "Solution"));
}

export function repoText(relative: string): string {
    return readFileSync(path.join(REPO, relative), "utf8");
}

let schemaCs: CSharpConstant[] | undefined;

/** A constant of Plugin/Plugins/Schema.cs by its path ("Schema.Team.UnsavedEdits"), or undefined. */
export function schemaConstant(constantPath: string): string | number | undefined {
    schemaCs ??= csharpConstants(readFileSync(SCHEMA_CS, "utf8"));
    return schemaCs.find((c) => [...c.classes, c.name].join(".") === constantPath)?.value;
}

/** A copy of the source with some files replaced (string) or removed (null), for negative cases. */
export function withFiles(files: SourceFiles, changes: Record<string, string | null>): SourceFiles {
    const copy = new Map(files);
    for (const [p, text] of Object.entries(changes)) {
        if (text === null) copy.delete(p);
        else copy.set(p, Buffer.from(text, "utf8"));
    }
    return copy;
}
