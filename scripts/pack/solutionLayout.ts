/**
 * What the solution source holds, read from the pac-unpack layout: each component with its files.
 * `layoutProblems` says where the layout and Solution.xml disagree; the pack refuses to run past one.
 */
import { attributeOf, childElement, childElements, parseXml, rootOf, textOf, type XmlNode } from "./orderedXml";
import {
    ComponentType,
    INCLUDE_SUBCOMPONENTS,
    normalizeId,
    rootComponents,
    SOLUTION_XML,
    type RootComponent,
} from "./solutionManifest";
import { textOfFile, type SourceFiles } from "./sourceFiles";

export const CUSTOMIZATIONS_XML = "Other/Customizations.xml";
export const RELATIONSHIPS_XML = "Other/Relationships.xml";

function rootElementOf(files: SourceFiles, path: string): XmlNode {
    return rootOf(parseXml(textOfFile(files, path)));
}

function matching(files: SourceFiles, pattern: RegExp): string[] {
    return [...files.keys()].filter((p) => pattern.test(p)).sort();
}

export interface EntityFolder {
    folder: string;
    /** The table's logical name (Entity.xml's Name, lower-cased). */
    name: string;
    entityXml: string;
    forms: { path: string; type: string; id: string }[];
    views: { path: string; id: string }[];
    ribbon: string | undefined;
}

export function entityFolders(files: SourceFiles): EntityFolder[] {
    return matching(files, /^Entities\/[^/]+\/Entity\.xml$/).map((entityXml) => {
        const folder = entityXml.split("/")[1];
        const prefix = `Entities/${folder}/`;
        const forms = matching(files, new RegExp(`^${prefix}FormXml/[^/]+/[^/]+\\.xml$`)).map((path) => {
            const systemform = childElement(rootElementOf(files, path), "systemform");
            return {
                path,
                type: path.split("/")[3],
                id: normalizeId(textOf(systemform && childElement(systemform, "formid"))),
            };
        });
        const views = matching(files, new RegExp(`^${prefix}SavedQueries/[^/]+\\.xml$`)).map((path) => {
            const query = childElement(rootElementOf(files, path), "savedquery");
            return { path, id: normalizeId(textOf(query && childElement(query, "savedqueryid"))) };
        });
        const ribbon = files.has(`${prefix}RibbonDiff.xml`) ? `${prefix}RibbonDiff.xml` : undefined;
        return {
            folder,
            name: textOf(childElement(rootElementOf(files, entityXml), "Name")).toLowerCase(),
            entityXml,
            forms,
            views,
            ribbon,
        };
    });
}

export interface PluginTypeDefinition {
    id: string;
    name: string;
    assemblyQualifiedName: string;
}

export interface PluginAssemblyFolder {
    path: string;
    id: string;
    fullName: string;
    /** Where the assembly goes in the package, without the leading slash. */
    fileName: string;
    types: PluginTypeDefinition[];
}

export function pluginAssemblies(files: SourceFiles): PluginAssemblyFolder[] {
    return matching(files, /^PluginAssemblies\/[^/]+\/[^/]+\.dll\.data\.xml$/).map((path) => {
        const root = rootElementOf(files, path);
        const types = childElements(childElement(root, "PluginTypes") ?? root, "PluginType").map((t) => ({
            id: normalizeId(attributeOf(t, "PluginTypeId") ?? ""),
            name: attributeOf(t, "Name") ?? "",
            assemblyQualifiedName: attributeOf(t, "AssemblyQualifiedName") ?? "",
        }));
        return {
            path,
            id: normalizeId(attributeOf(root, "PluginAssemblyId") ?? ""),
            fullName: attributeOf(root, "FullName") ?? "",
            fileName: textOf(childElement(root, "FileName")).replace(/^\//, ""),
            types,
        };
    });
}

export interface StepImage {
    id: string;
    name: string;
    alias: string;
    /** 0 pre-image, 1 post-image, 2 both. */
    imageType: number;
    /** The request parameter the image is of: Target, EntityMoniker... */
    messagePropertyName: string;
    attributes: string[];
}

function stepImages(root: XmlNode): StepImage[] {
    const list = childElement(root, "SdkMessageProcessingStepImages");
    return (list ? childElements(list, "SdkMessageProcessingStepImage") : []).map((image) => {
        const text = (tag: string) => textOf(childElement(image, tag));
        return {
            id: normalizeId(text("SdkMessageProcessingStepImageId")),
            name: attributeOf(image, "Name") ?? "",
            alias: text("EntityAlias"),
            imageType: Number(text("ImageType")),
            messagePropertyName: text("MessagePropertyName"),
            attributes: text("Attributes")
                .split(",")
                .filter((a) => a.length > 0),
        };
    });
}

export interface StepFile {
    path: string;
    id: string;
    name: string;
    messageId: string;
    pluginTypeId: string;
    pluginTypeName: string;
    /** The table the step is filtered on; null for a step on any table (the element is left out, as exports do). */
    primaryEntity: string | null;
    stage: number;
    mode: number;
    filteringAttributes: string[];
    images: StepImage[];
}

export function steps(files: SourceFiles): StepFile[] {
    return matching(files, /^SdkMessageProcessingSteps\/[^/]+\.xml$/).map((path) => {
        const root = rootElementOf(files, path);
        const text = (tag: string) => textOf(childElement(root, tag));
        return {
            path,
            id: normalizeId(attributeOf(root, "SdkMessageProcessingStepId") ?? ""),
            name: attributeOf(root, "Name") ?? "",
            messageId: normalizeId(text("SdkMessageId")),
            pluginTypeId: normalizeId(text("PluginTypeId")),
            pluginTypeName: text("PluginTypeName"),
            primaryEntity: childElement(root, "PrimaryEntity") === undefined ? null : text("PrimaryEntity"),
            stage: Number(text("Stage")),
            mode: Number(text("Mode")),
            filteringAttributes: text("FilteringAttributes")
                .split(",")
                .filter((a) => a.length > 0),
            images: stepImages(root),
        };
    });
}

export interface NamedFile {
    path: string;
    id: string;
    name: string;
}

export function roles(files: SourceFiles): NamedFile[] {
    return matching(files, /^Roles\/[^/]+\.xml$/).map((path) => {
        const root = rootElementOf(files, path);
        return { path, id: normalizeId(attributeOf(root, "id") ?? ""), name: attributeOf(root, "name") ?? "" };
    });
}

export interface WorkflowFile extends NamedFile {
    /** The flow definition's path in the source and in the package. */
    jsonFile: string;
}

export function workflows(files: SourceFiles): WorkflowFile[] {
    return matching(files, /^Workflows\/[^/]+\.json\.data\.xml$/).map((path) => {
        const root = rootElementOf(files, path);
        return {
            path,
            id: normalizeId(attributeOf(root, "WorkflowId") ?? ""),
            name: attributeOf(root, "Name") ?? "",
            jsonFile: textOf(childElement(root, "JsonFileName")).replace(/^\//, ""),
        };
    });
}

export interface WebResourceFile {
    /** The .data.xml that describes it. */
    path: string;
    id: string;
    /** Its unique name (nw_/TeamSync/teamSyncForm.js): what forms and Solution.xml name it by. */
    name: string;
    /** The content's path in the package, without the leading slash. */
    contentFile: string;
}

export function webResources(files: SourceFiles): WebResourceFile[] {
    return matching(files, /^WebResources\/.+\.data\.xml$/).map((path) => {
        const root = rootElementOf(files, path);
        return {
            path,
            id: normalizeId(textOf(childElement(root, "WebResourceId"))),
            name: textOf(childElement(root, "Name")),
            contentFile: textOf(childElement(root, "FileName")).replace(/^\//, ""),
        };
    });
}

export interface ControlFolder {
    path: string;
    name: string;
    /** The manifest's path in the package, without the leading slash. */
    manifestFile: string;
}

export function controls(files: SourceFiles): ControlFolder[] {
    return matching(files, /^Controls\/[^/]+\/ControlManifest\.xml\.data\.xml$/).map((path) => {
        const root = rootElementOf(files, path);
        return {
            path,
            name: attributeOf(root, "Name") ?? "",
            manifestFile: textOf(childElement(root, "FileName")).replace(/^\//, ""),
        };
    });
}

export interface CustomApiFolder {
    name: string;
    files: string[];
    pluginTypeId: string;
}

export function customApis(files: SourceFiles): CustomApiFolder[] {
    return matching(files, /^customapis\/[^/]+\/customapi\.xml$/).map((path) => {
        const root = rootElementOf(files, path);
        const folder = path.split("/")[1];
        const pluginType = childElement(root, "plugintypeid");
        return {
            name: attributeOf(root, "uniquename") ?? "",
            files: matching(files, new RegExp(`^customapis/${folder}/`)),
            pluginTypeId: normalizeId(textOf(pluginType && childElement(pluginType, "plugintypeid"))),
        };
    });
}

export interface RelationshipFile {
    path: string;
    names: string[];
    referencingEntities: string[];
}

export function relationshipFiles(files: SourceFiles): RelationshipFile[] {
    return matching(files, /^Other\/Relationships\/[^/]+\.xml$/).map((path) => {
        const relationships = childElements(rootElementOf(files, path), "EntityRelationship");
        return {
            path,
            names: relationships.map((r) => attributeOf(r, "Name") ?? ""),
            referencingEntities: relationships.map((r) =>
                textOf(childElement(r, "ReferencingEntityName")).toLowerCase(),
            ),
        };
    });
}

export function listedRelationships(files: SourceFiles): string[] {
    if (!files.has(RELATIONSHIPS_XML)) return [];
    return childElements(rootElementOf(files, RELATIONSHIPS_XML), "EntityRelationship").map(
        (r) => attributeOf(r, "Name") ?? "",
    );
}

/** Every place the layout and Solution.xml disagree, as sentences naming the file or component. */
export function layoutProblems(files: SourceFiles): string[] {
    const problems: string[] = [];
    const roots = rootComponents(files);
    const rootsOf = (type: number) => roots.filter((r) => r.type === type);
    const isRootId = (type: number, id: string) => rootsOf(type).some((r) => r.id === id);
    const claimed = new Set<string>([SOLUTION_XML, CUSTOMIZATIONS_XML, RELATIONSHIPS_XML]);
    const claim = (path: string) => claimed.add(path);

    const entities = entityFolders(files);
    const entityRoot = (name: string): RootComponent | undefined =>
        rootsOf(ComponentType.entity).find((r) => r.schemaName?.toLowerCase() === name);
    for (const root of rootsOf(ComponentType.entity)) {
        if (!entities.some((e) => e.name === root.schemaName?.toLowerCase()))
            problems.push(`table ${root.schemaName} is a root component but has no Entities/*/Entity.xml`);
    }
    for (const entity of entities) {
        const root = entityRoot(entity.name);
        if (root === undefined) {
            problems.push(`${entity.entityXml} is not a root component of ${SOLUTION_XML}`);
            continue;
        }
        claim(entity.entityXml);
        const whole = root.behavior === INCLUDE_SUBCOMPONENTS;
        for (const form of entity.forms) {
            if (whole || isRootId(ComponentType.systemForm, form.id)) claim(form.path);
            else
                problems.push(
                    `${form.path} belongs to table ${entity.name}, which ships as a shell, and is not a root form`,
                );
        }
        for (const path of [...entity.views.map((v) => v.path), ...(entity.ribbon ? [entity.ribbon] : [])]) {
            if (whole) claim(path);
            else problems.push(`${path} belongs to table ${entity.name}, which ships as a shell`);
        }
    }
    const forms = entities.flatMap((e) => e.forms);
    for (const root of rootsOf(ComponentType.systemForm)) {
        if (!forms.some((f) => f.id === root.id))
            problems.push(`form {${root.id}} is a root component but no FormXml file has it`);
    }

    const listed = new Set(listedRelationships(files));
    const defined = new Set<string>();
    for (const file of relationshipFiles(files)) {
        claim(file.path);
        file.names.forEach((name, i) => {
            defined.add(name);
            if (!listed.has(name))
                problems.push(`relationship ${name} (${file.path}) is not listed in ${RELATIONSHIPS_XML}`);
            const referencing = file.referencingEntities[i];
            if (entityRoot(referencing)?.behavior !== INCLUDE_SUBCOMPONENTS)
                problems.push(
                    `relationship ${name} belongs to ${referencing}, which is not a whole table of the solution`,
                );
        });
    }
    for (const name of listed)
        if (!defined.has(name))
            problems.push(`${RELATIONSHIPS_XML} lists ${name}, which no Other/Relationships/*.xml defines`);

    const simple: [number, NamedFile[], string][] = [
        [ComponentType.role, roles(files), "role"],
        [ComponentType.workflow, workflows(files), "workflow"],
    ];
    for (const [type, found, label] of simple) {
        for (const root of rootsOf(type))
            if (!found.some((f) => f.id === root.id))
                problems.push(`${label} {${root.id}} is a root component but has no file`);
        for (const f of found) {
            if (isRootId(type, f.id)) claim(f.path);
            else problems.push(`${f.path} is not a root component of ${SOLUTION_XML}`);
        }
    }
    for (const flow of workflows(files)) {
        if (files.has(flow.jsonFile)) claim(flow.jsonFile);
        else problems.push(`${flow.path} names ${flow.jsonFile}, which does not exist`);
    }

    const resources = webResources(files);
    for (const root of rootsOf(ComponentType.webResource)) {
        if (!resources.some((r) => r.name === root.schemaName))
            problems.push(`web resource ${root.schemaName} is a root component but has no WebResources/**/*.data.xml`);
    }
    for (const resource of resources) {
        if (resource.path !== `${resource.contentFile}.data.xml`)
            problems.push(`${resource.path} names its content ${resource.contentFile}, not the file beside it`);
        if (!rootsOf(ComponentType.webResource).some((r) => r.schemaName === resource.name)) {
            problems.push(`${resource.path} is not a root component of ${SOLUTION_XML}`);
            continue;
        }
        claim(resource.path);
        if (files.has(resource.contentFile)) claim(resource.contentFile);
        else problems.push(`${resource.path} names ${resource.contentFile}, which does not exist`);
    }

    const controlFolders = controls(files);
    for (const root of rootsOf(ComponentType.customControl)) {
        if (!controlFolders.some((c) => c.name === root.schemaName))
            problems.push(
                `control ${root.schemaName} is a root component but has no Controls/*/ControlManifest.xml.data.xml`,
            );
    }
    for (const control of controlFolders) {
        if (control.path !== `Controls/${control.name}/ControlManifest.xml.data.xml`)
            problems.push(`${control.path} names control ${control.name}, not its folder`);
        if (rootsOf(ComponentType.customControl).some((r) => r.schemaName === control.name)) claim(control.path);
        else problems.push(`${control.path} is not a root component of ${SOLUTION_XML}`);
    }

    const assemblies = pluginAssemblies(files);
    for (const root of rootsOf(ComponentType.pluginAssembly)) {
        const assembly = assemblies.find((a) => a.id === root.id);
        if (assembly === undefined)
            problems.push(`plugin assembly {${root.id}} is a root component but has no PluginAssemblies/*/*.data.xml`);
        else if (assembly.fullName !== root.schemaName)
            problems.push(
                `plugin assembly {${root.id}} is ${assembly.fullName} in its file but ${root.schemaName} in ${SOLUTION_XML}`,
            );
    }
    for (const assembly of assemblies) {
        if (isRootId(ComponentType.pluginAssembly, assembly.id)) claim(assembly.path);
        else problems.push(`${assembly.path} is not a root component of ${SOLUTION_XML}`);
        if (assembly.fileName.split("/").slice(0, 2).join("/") !== assembly.path.split("/").slice(0, 2).join("/"))
            problems.push(`${assembly.path} puts its assembly outside its folder (${assembly.fileName})`);
        for (const t of assembly.types) {
            if (!t.assemblyQualifiedName.startsWith(`${t.name}, ${assembly.fullName.split(",")[0]},`))
                problems.push(`plugin type ${t.name} is qualified as ${t.assemblyQualifiedName}`);
        }
    }
    const pluginTypes = assemblies.flatMap((a) => a.types.map((t) => ({ ...t, assembly: a.fullName })));

    for (const root of rootsOf(ComponentType.sdkMessageProcessingStep)) {
        if (!files.has(`SdkMessageProcessingSteps/{${root.id}}.xml`))
            problems.push(`step {${root.id}} is a root component but has no SdkMessageProcessingSteps file`);
    }
    for (const step of steps(files)) {
        if (step.path !== `SdkMessageProcessingSteps/{${step.id}}.xml`)
            problems.push(`${step.path} holds step {${step.id}}`);
        if (isRootId(ComponentType.sdkMessageProcessingStep, step.id)) claim(step.path);
        else problems.push(`${step.path} is not a root component of ${SOLUTION_XML}`);
        // Dataverse reads an empty PrimaryEntity as a table named "": a step on any table leaves the element out.
        if (step.primaryEntity === "")
            problems.push(`${step.path} has an empty PrimaryEntity; leave the element out for a step on any table`);
        const type = pluginTypes.find((t) => t.id === step.pluginTypeId);
        if (type === undefined)
            problems.push(`${step.path} names plugin type {${step.pluginTypeId}}, which no plugin assembly defines`);
        else if (step.pluginTypeName !== type.assemblyQualifiedName)
            problems.push(
                `${step.path} names ${step.pluginTypeName}, but its plugin type is ${type.assemblyQualifiedName}`,
            );
    }

    for (const api of customApis(files)) {
        if (!pluginTypes.some((t) => t.id === api.pluginTypeId))
            problems.push(
                `custom API ${api.name} names plugin type {${api.pluginTypeId}}, which no plugin assembly defines`,
            );
        for (const path of api.files) {
            const part =
                /^customapis\/[^/]+\/(?:customapi\.xml|customapirequestparameters\/([^/]+)\/customapirequestparameter\.xml|customapiresponseproperties\/([^/]+)\/customapiresponseproperty\.xml)$/.exec(
                    path,
                );
            if (part === null) continue;
            const folderName = part[1] ?? part[2];
            if (folderName !== undefined && attributeOf(rootElementOf(files, path), "uniquename") !== folderName)
                problems.push(`${path} is not named after its folder`);
            claim(path);
        }
    }

    for (const path of files.keys())
        if (!claimed.has(path)) problems.push(`${path} is not part of any component in ${SOLUTION_XML}`);
    return problems;
}

/** The ids the layout defines (not the ones it refers to). */
function definedIds(files: SourceFiles): { id: string; where: string }[] {
    const ids: { id: string; where: string }[] = [];
    const add = (id: string | undefined, where: string) => {
        if (id !== undefined && id.length > 0) ids.push({ id: normalizeId(id), where });
    };
    for (const entity of entityFolders(files)) {
        for (const form of entity.forms) {
            add(form.id, form.path);
            const walk = (node: XmlNode) => {
                for (const name of ["id", "uniqueid"]) {
                    const value = attributeOf(node, name);
                    if (value !== undefined && /^\{[0-9a-f-]{36}\}$/i.test(value)) add(value, form.path);
                }
                childElements(node).forEach(walk);
            };
            walk(rootElementOf(files, form.path));
        }
        for (const view of entity.views) add(view.id, view.path);
    }
    for (const assembly of pluginAssemblies(files)) {
        add(assembly.id, assembly.path);
        for (const t of assembly.types) add(t.id, assembly.path);
    }
    for (const step of steps(files)) {
        add(step.id, step.path);
        for (const image of step.images) add(image.id, step.path);
    }
    for (const f of [...roles(files), ...workflows(files), ...webResources(files)]) add(f.id, f.path);
    return ids;
}

/** Ids defined more than once, each with the files that define it. */
export function duplicateIds(files: SourceFiles): string[] {
    const where = new Map<string, string[]>();
    for (const { id, where: path } of definedIds(files)) where.set(id, [...(where.get(id) ?? []), path]);
    return [...where].filter(([, paths]) => paths.length > 1).map(([id, paths]) => `${id} (${paths.join(", ")})`);
}
