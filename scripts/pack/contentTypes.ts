/** [Content_Types].xml: the Open Packaging Conventions part list Dataverse reads first. */
export function contentTypesXml(entryNames: Iterable<string>): string {
    const extensions = new Set<string>();
    for (const name of entryNames) {
        const dot = name.lastIndexOf(".");
        if (dot > name.lastIndexOf("/")) extensions.add(name.slice(dot + 1).toLowerCase());
    }
    const defaults = [...extensions]
        .sort()
        .map((e) => `<Default Extension="${e}" ContentType="application/octet-stream" />`);
    return `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join("")}</Types>`;
}
