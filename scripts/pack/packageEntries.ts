/**
 * The files of an importable solution package: solution.xml, customizations.xml and
 * [Content_Types].xml at the root, the components' own files in their folders.
 */
import { contentTypesXml } from "./contentTypes";
import { packagedCustomizationsXml } from "./customizationsXml";
import { attributeOf, childElement, childElements, parseXml, rootOf } from "./orderedXml";
import { packagedSolutionXml } from "./solutionManifest";
import { controls, customApis, pluginAssemblies, webResources, workflows } from "./solutionLayout";
import type { SourceFiles } from "./sourceFiles";

export const CONTENT_TYPES = "[Content_Types].xml";

export interface BuiltArtefacts {
    /** Each control's build output by control name: path inside its output folder → bytes. */
    controls: ReadonlyMap<string, ReadonlyMap<string, Buffer>>;
    /** Each plugin assembly by its simple name ("TeamSync.Plugins") → the DLL. */
    assemblies: ReadonlyMap<string, Buffer>;
}

/** The files a built control needs at run time: its manifest and every resource the manifest names. */
export function controlRuntimeFiles(output: ReadonlyMap<string, Buffer>): string[] {
    const manifest = output.get("ControlManifest.xml");
    if (manifest === undefined) throw new Error("the built control has no ControlManifest.xml");
    const control = childElement(rootOf(parseXml(manifest.toString("utf8"))), "control");
    const resources = control === undefined ? undefined : childElement(control, "resources");
    const paths = (resources === undefined ? [] : childElements(resources))
        .map((r) => attributeOf(r, "path"))
        .filter((p): p is string => p !== undefined);
    return ["ControlManifest.xml", ...paths];
}

export function packageEntries(files: SourceFiles, built: BuiltArtefacts, managed: boolean): Map<string, Uint8Array> {
    const entries = new Map<string, Uint8Array>();
    const add = (name: string, bytes: Uint8Array) => {
        if (entries.has(name)) throw new Error(`two package entries named ${name}`);
        entries.set(name, bytes);
    };
    add("solution.xml", Buffer.from(packagedSolutionXml(files, managed), "utf8"));
    add("customizations.xml", Buffer.from(packagedCustomizationsXml(files), "utf8"));

    for (const control of controls(files)) {
        const output = built.controls.get(control.name);
        if (output === undefined) throw new Error(`control ${control.name} was not built`);
        const folder = control.manifestFile.slice(0, control.manifestFile.lastIndexOf("/"));
        for (const path of controlRuntimeFiles(output)) {
            const bytes = output.get(path);
            if (bytes === undefined)
                throw new Error(`control ${control.name}: its manifest names ${path}, which the build did not write`);
            add(`${folder}/${path}`, bytes);
        }
    }
    for (const assembly of pluginAssemblies(files)) {
        const simpleName = assembly.fullName.split(",")[0];
        const dll = built.assemblies.get(simpleName);
        if (dll === undefined) throw new Error(`plugin assembly ${simpleName} was not built`);
        add(assembly.fileName, dll);
    }
    for (const flow of workflows(files)) add(flow.jsonFile, files.get(flow.jsonFile) as Buffer);
    for (const resource of webResources(files)) add(resource.contentFile, files.get(resource.contentFile) as Buffer);
    for (const api of customApis(files)) for (const path of api.files) add(path, files.get(path) as Buffer);

    add(CONTENT_TYPES, Buffer.from(contentTypesXml(entries.keys()), "utf8"));
    return entries;
}
