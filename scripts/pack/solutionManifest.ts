import {
    attributeOf,
    buildXml,
    childElement,
    childElements,
    parseXml,
    rootOf,
    textElement,
    textOf,
    withChildren,
    tagOf,
    childrenOf,
    type XmlNode,
} from "./orderedXml";
import { textOfFile, type SourceFiles } from "./sourceFiles";

export const SOLUTION_XML = "Other/Solution.xml";

/** Solution component types (Dataverse's componenttype choice) that this layout uses. */
export const ComponentType = {
    entity: 1,
    role: 20,
    workflow: 29,
    systemForm: 60,
    webResource: 61,
    customControl: 66,
    pluginAssembly: 91,
    sdkMessageProcessingStep: 92,
} as const;

/** Root component behaviour: 0 includes the subcomponents; other values ship the table as a shell. */
export const INCLUDE_SUBCOMPONENTS = "0";

export interface RootComponent {
    type: number;
    schemaName?: string;
    id?: string;
    behavior: string;
}

function manifestOf(files: SourceFiles): XmlNode {
    const manifest = childElement(rootOf(parseXml(textOfFile(files, SOLUTION_XML))), "SolutionManifest");
    if (manifest === undefined) throw new Error(`${SOLUTION_XML} has no SolutionManifest`);
    return manifest;
}

export function solutionUniqueName(files: SourceFiles): string {
    return textOf(childElement(manifestOf(files), "UniqueName"));
}

export function solutionVersion(files: SourceFiles): string {
    return textOf(childElement(manifestOf(files), "Version"));
}

export function publisherPrefix(files: SourceFiles): string {
    const publisher = childElement(manifestOf(files), "Publisher");
    return publisher === undefined ? "" : textOf(childElement(publisher, "CustomizationPrefix"));
}

/** Ids are compared without braces and case, as Dataverse does. */
export function normalizeId(id: string): string {
    return id.replace(/[{}]/g, "").toLowerCase();
}

export function rootComponents(files: SourceFiles): RootComponent[] {
    const roots = childElement(manifestOf(files), "RootComponents");
    return (roots === undefined ? [] : childElements(roots, "RootComponent")).map((node) => {
        const id = attributeOf(node, "id");
        return {
            type: Number(attributeOf(node, "type")),
            schemaName: attributeOf(node, "schemaName"),
            id: id === undefined ? undefined : normalizeId(id),
            behavior: attributeOf(node, "behavior") ?? INCLUDE_SUBCOMPONENTS,
        };
    });
}

/** solution.xml as the package carries it: the source says "both" (2), a package says which it is. */
export function packagedSolutionXml(files: SourceFiles, managed: boolean): string {
    const document = parseXml(textOfFile(files, SOLUTION_XML));
    const rewrite = (node: XmlNode): XmlNode => {
        if (tagOf(node) === "Managed") return textElement("Managed", managed ? "1" : "0");
        return tagOf(node) === undefined ? node : withChildren(node, childrenOf(node).map(rewrite));
    };
    return buildXml(document.map(rewrite));
}
