/** The tables and columns Solution/ defines, read from its Entity.xml files. */
import { attributeOf, childElement, childElements, parseXml, rootOf, textOf } from "../../scripts/pack/orderedXml";
import { entityFolders } from "../../scripts/pack/solutionLayout";
import { textOfFile, type SourceFiles } from "../../scripts/pack/sourceFiles";

export interface Column {
    name: string;
    /** Entity.xml's type: nvarchar, lookup, picklist, int, ntext, state, status, primarykey, … */
    type: string;
    custom: boolean;
    /** The values of a choice (picklist, state, status). */
    values: number[];
}

export interface Table {
    name: string;
    entitySet: string;
    columns: Map<string, Column>;
}

export function solutionTables(files: SourceFiles): Map<string, Table> {
    const tables = new Map<string, Table>();
    for (const folder of entityFolders(files)) {
        const info = childElement(rootOf(parseXml(textOfFile(files, folder.entityXml))), "EntityInfo");
        const entity = info && childElement(info, "entity");
        if (entity === undefined) continue;
        const attributes = childElement(entity, "attributes");
        const columns = new Map<string, Column>();
        for (const a of attributes ? childElements(attributes, "attribute") : []) {
            const optionset = childElement(a, "optionset");
            // A choice's values sit in options/option, states/state or statuses/status.
            const valueNodes = optionset === undefined ? [] : childElements(optionset).flatMap((group) => childElements(group).filter((v) => attributeOf(v, "value") !== undefined));
            const name = textOf(childElement(a, "LogicalName"));
            columns.set(name, {
                name,
                type: textOf(childElement(a, "Type")),
                custom: textOf(childElement(a, "IsCustomField")) === "1",
                values: valueNodes.map((o) => Number(attributeOf(o, "value"))).sort((x, y) => x - y),
            });
        }
        tables.set(folder.name, { name: folder.name, entitySet: textOf(childElement(entity, "EntitySetName")), columns });
    }
    return tables;
}
