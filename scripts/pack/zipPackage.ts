import { zipSync, type Zippable } from "fflate";

/** A fixed timestamp keeps the zips byte-identical from one pack to the next. */
const ENTRY_TIME = new Date(Date.UTC(2020, 0, 1));

/** The package as a zip: [Content_Types].xml first, as Open Packaging Conventions readers expect. */
export function zipPackage(entries: ReadonlyMap<string, Uint8Array>, contentTypesName: string): Uint8Array {
    const names = [...entries.keys()].sort((a, b) =>
        a === contentTypesName ? -1 : b === contentTypesName ? 1 : a < b ? -1 : a > b ? 1 : 0,
    );
    const zippable: Zippable = {};
    for (const name of names) zippable[name] = [entries.get(name) as Uint8Array, { level: 9, mtime: ENTRY_TIME }];
    return zipSync(zippable);
}
