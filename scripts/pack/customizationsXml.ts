/**
 * customizations.xml as Dataverse imports it: Other/Customizations.xml with every component that
 * the unpacked layout keeps in its own file put back in its section (what `pac solution pack` does).
 */
import {
    buildXml,
    childElement,
    childElements,
    element,
    parseXml,
    rootOf,
    tagOf,
    textElement,
    withChildren,
    withoutNamespaceDeclarations,
    type XmlNode,
} from "./orderedXml";
import {
    controls,
    CUSTOMIZATIONS_XML,
    entityFolders,
    pluginAssemblies,
    relationshipFiles,
    roles,
    steps,
    webResources,
    workflows,
    type EntityFolder,
} from "./solutionLayout";
import { textOfFile, type SourceFiles } from "./sourceFiles";

function rootElementOf(files: SourceFiles, path: string): XmlNode {
    return withoutNamespaceDeclarations(rootOf(parseXml(textOfFile(files, path))));
}

function entityNode(files: SourceFiles, entity: EntityFolder): XmlNode {
    const source = rootElementOf(files, entity.entityXml);
    const formTypes = [...new Set(entity.forms.map((f) => f.type))];
    const formXml = element(
        "FormXml",
        {},
        formTypes.map((type) =>
            element(
                "forms",
                { type },
                entity.forms
                    .filter((f) => f.type === type)
                    .flatMap((f) => childElements(rootElementOf(files, f.path), "systemform")),
            ),
        ),
    );
    const savedQueries = element(
        "SavedQueries",
        {},
        entity.views.length === 0
            ? []
            : [
                  element(
                      "savedqueries",
                      {},
                      entity.views.flatMap((v) => childElements(rootElementOf(files, v.path), "savedquery")),
                  ),
              ],
    );
    const ribbon = element(
        "RibbonDiffXml",
        {},
        entity.ribbon === undefined ? [] : childElements(rootElementOf(files, entity.ribbon)),
    );
    const parts: Record<string, XmlNode> = { FormXml: formXml, SavedQueries: savedQueries, RibbonDiffXml: ribbon };
    const kept = childElements(source).filter((c) => !((tagOf(c) as string) in parts));
    return withChildren(source, [...kept, formXml, savedQueries, ribbon]);
}

/** The sections the layout fills, each from its files. */
function sections(files: SourceFiles): Record<string, XmlNode[]> {
    return {
        Entities: entityFolders(files).map((e) => entityNode(files, e)),
        Roles: roles(files).map((r) => rootElementOf(files, r.path)),
        Workflows: workflows(files).map((w) => rootElementOf(files, w.path)),
        WebResources: webResources(files).map((r) => rootElementOf(files, r.path)),
        EntityRelationships: relationshipFiles(files).flatMap((r) =>
            childElements(rootElementOf(files, r.path), "EntityRelationship"),
        ),
        // The package spells the control's name as an element, the source as an attribute.
        CustomControls: controls(files).map((c) =>
            element("CustomControl", {}, [textElement("Name", c.name), textElement("FileName", `/${c.manifestFile}`)]),
        ),
        SolutionPluginAssemblies: pluginAssemblies(files).map((a) => rootElementOf(files, a.path)),
        SdkMessageProcessingSteps: steps(files).map((s) => rootElementOf(files, s.path)),
    };
}

export function packagedCustomizationsXml(files: SourceFiles): string {
    const document = parseXml(textOfFile(files, CUSTOMIZATIONS_XML));
    const root = rootOf(document);
    const filled = sections(files);
    for (const [section, nodes] of Object.entries(filled)) {
        const existing = childElement(root, section);
        if (existing === undefined && nodes.length > 0)
            throw new Error(`${CUSTOMIZATIONS_XML} has no <${section}> for ${nodes.length} component(s)`);
        if (existing !== undefined && childElements(existing).length > 0)
            throw new Error(`${CUSTOMIZATIONS_XML} holds <${section}> content that belongs in its own files`);
    }
    const children = childElements(root).map((c) => {
        const tag = tagOf(c) as string;
        return tag in filled ? withChildren(c, filled[tag]) : c;
    });
    return buildXml(document.map((n) => (n === root ? withChildren(root, children) : n)));
}
