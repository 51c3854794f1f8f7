/** The solution source as it is on disk: path relative to Solution/ (forward slashes) → bytes. */
export type SourceFiles = ReadonlyMap<string, Buffer>;

export function textOfFile(files: SourceFiles, path: string): string {
    const bytes = files.get(path);
    if (bytes === undefined) throw new Error(`Solution file missing: ${path}`);
    return bytes.toString("utf8").replace(/^\uFEFF/, "");
}
