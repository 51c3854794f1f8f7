/** @jest-environment node */
/**
 * The names the code uses (TeamSyncEditor/data/schema.ts, Plugin/Plugins/Schema.cs) and the tables
 * Solution/ defines agree: every name exists with its type, and every custom column is named once per
 * language (nowhere else in the shipped code).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as schema from "../../TeamSyncEditor/data/schema";
import { customApis, relationshipFiles } from "../../scripts/pack/solutionLayout";
import { attributeOf, childElement, childElements, parseXml, rootOf, textOf, type XmlNode } from "../../scripts/pack/orderedXml";
import { textOfFile } from "../../scripts/pack/sourceFiles";
import { csharpConstants, type CSharpConstant } from "./csharpConstants";
import { solutionTables, type Table } from "./solutionColumns";
import { REPO, SCHEMA_CS, solutionSource } from "./solutionSource";

const files = solutionSource();
const tables = solutionTables(files);
const customTables = [...tables.values()].filter((t) => t.name.startsWith("nw_"));
const CHOICE_TYPES = ["picklist", "state", "status"];

type TableConst = Readonly<Record<string, string>> & { logicalName: string; entitySet: string };
function isCustomTableConst(value: unknown): value is TableConst {
    const logicalName = (value as { logicalName?: unknown } | null)?.logicalName;
    return typeof value === "object" && typeof logicalName === "string" && logicalName.startsWith("nw_");
}
const tsTables: TableConst[] = (Object.values(schema) as unknown[]).filter(isCustomTableConst);

/** Which column each choice constant of schema.ts describes ("*": that column of every custom table). */
const TS_CHOICES: [string, Record<string, number>, string, string][] = [
    ["SyncDirection", schema.SyncDirection, "nw_teamsyncgroup", "nw_syncdirection"],
    ["LogOperationValue", schema.LogOperationValue, "nw_teamsynclog", "nw_operation"],
    ["LogCauseValue", schema.LogCauseValue, "nw_teamsynclog", "nw_cause"],
    ["LogOutcomeValue", schema.LogOutcomeValue, "nw_teamsynclog", "nw_outcome"],
    ["StateCode", schema.StateCode, "*", "statecode"],
    ["StatusCode", schema.StatusCode, "*", "statuscode"],
];

function tablesFor(name: string): Table[] {
    return name === "*" ? customTables : [tables.get(name) as Table];
}

describe("schema.ts and Solution/", () => {
    it("name the same custom tables and entity sets", () => {
        expect(tsTables.map((t) => t.logicalName).sort()).toEqual(customTables.map((t) => t.name).sort());
        for (const t of tsTables) expect([t.logicalName, t.entitySet]).toEqual([t.logicalName, tables.get(t.logicalName)?.entitySet]);
    });

    it("name only columns that exist, lookups where the code reads a lookup's value", () => {
        for (const t of tsTables) {
            const table = tables.get(t.logicalName) as Table;
            for (const [key, value] of Object.entries(t)) {
                if (key === "logicalName" || key === "entitySet") continue;
                const lookup = /^_(.+)_value$/.exec(value);
                if (lookup) expect([key, table.columns.get(lookup[1])?.type]).toEqual([key, "lookup"]);
                else expect([key, value, table.columns.has(value)]).toEqual([key, value, true]);
            }
        }
    });

    it("name every custom column", () => {
        for (const table of customTables) {
            const named = new Set(Object.values(tsTables.find((t) => t.logicalName === table.name) ?? {}));
            const unnamed = [...table.columns.values()].filter((c) => c.custom && !named.has(c.name)).map((c) => c.name);
            expect([table.name, unnamed]).toEqual([table.name, []]);
        }
    });

    it("name the custom columns the solution adds to platform tables", () => {
        const added = [...(tables.get(schema.Team.logicalName)?.columns.values() ?? [])].filter((c) => c.custom).map((c) => c.name);
        expect(Object.values(schema.Team).filter((v) => v.startsWith("nw_"))).toEqual(added);
    });

    it("have the same choice values", () => {
        for (const [label, values, tableName, column] of TS_CHOICES) {
            for (const table of tablesFor(tableName)) {
                const c = table.columns.get(column);
                expect([label, table.name, c?.type && CHOICE_TYPES.includes(c.type), c?.values]).toEqual([label, table.name, true, Object.values(values).sort((a, b) => a - b)]);
            }
        }
    });
});

describe("the lookups", () => {
    const relationships = relationshipFiles(files).flatMap((f) => childElements(rootOf(parseXml(textOfFile(files, f.path))), "EntityRelationship"));
    const field = (r: XmlNode, tag: string) => textOf(childElement(r, tag));
    const lookup = (table: string, column: string) =>
        relationships.find((r) => field(r, "ReferencingEntityName").toLowerCase() === table && field(r, "ReferencingAttributeName") === column) as XmlNode;

    it("point at the tables the spec names, a member belonging to its configuration", () => {
        const targets = [
            [schema.SyncGroup.logicalName, schema.SyncGroup.parentTeam, "team"],
            [schema.SyncMember.logicalName, schema.SyncMember.group, schema.SyncGroup.logicalName],
            [schema.SyncMember.logicalName, schema.SyncMember.childTeam, "team"],
            [schema.SyncMember.logicalName, schema.SyncMember.requiredRole, "role"],
            [schema.SyncLog.logicalName, schema.SyncLog.user, "systemuser"],
            [schema.SyncLog.logicalName, schema.SyncLog.team, "team"],
            [schema.SyncLog.logicalName, schema.SyncLog.sourceTeam, "team"],
            [schema.SyncLog.logicalName, schema.SyncLog.initiatingUser, "systemuser"],
        ];
        for (const [table, column, target] of targets) {
            expect([table, column, field(lookup(table, column), "ReferencedEntityName").toLowerCase()]).toEqual([table, column, target]);
        }
        expect(relationships).toHaveLength(targets.length);
        expect(field(lookup(schema.SyncMember.logicalName, schema.SyncMember.group), "CascadeDelete")).toBe("Cascade");
    });

    it("are bound by their column's name, as the control's @odata.bind keys spell it", () => {
        for (const r of relationships) {
            const referencing = childElements(childElement(r, "EntityRelationshipRoles") as XmlNode, "EntityRelationshipRole").find((role) => field(role, "RelationshipRoleType") === "1") as XmlNode;
            expect(field(referencing, "NavigationPropertyName")).toBe(field(r, "ReferencingAttributeName"));
        }
    });
});

describe("Schema.cs and Solution/", () => {
    const constants = csharpConstants(readFileSync(SCHEMA_CS, "utf8"));
    const inClass = (name: string) => constants.filter((c) => c.classes[c.classes.length - 1] === name);
    const classes = [...new Set(constants.map((c) => c.classes[c.classes.length - 1]))];
    const tableClasses = classes
        .map((name) => ({ name, entity: inClass(name).find((c) => c.name === "Entity")?.value }))
        .filter((c): c is { name: string; entity: string } => typeof c.entity === "string" && c.entity.startsWith("nw_"));

    /** An int constant named after a string constant of its class (OperationJoin after Operation) is one of its choice values. */
    function choiceValues(group: CSharpConstant[]): { column: string; constant: string; value: number }[] {
        return group.flatMap((c) => {
            if (typeof c.value !== "number") return [];
            const owner = group.find((s) => typeof s.value === "string" && c.name.startsWith(s.name) && c.name !== s.name);
            return owner ? [{ column: owner.value as string, constant: c.name, value: c.value }] : [];
        });
    }

    it("name the same custom tables", () => {
        expect(tableClasses.map((c) => c.entity).sort()).toEqual(customTables.map((t) => t.name).sort());
    });

    it("name only columns that exist, and every custom column", () => {
        for (const { name, entity } of tableClasses) {
            const table = tables.get(entity) as Table;
            const columns = inClass(name).filter((c) => typeof c.value === "string" && c.name !== "Entity").map((c) => c.value as string);
            expect([name, columns.filter((c) => !table.columns.has(c))]).toEqual([name, []]);
            const unnamed = [...table.columns.values()].filter((c) => c.custom && !columns.includes(c.name)).map((c) => c.name);
            expect([name, unnamed]).toEqual([name, []]);
        }
    });

    it("name every custom column that the solution adds to a platform table", () => {
        const platformClasses = classes
            .map((name) => ({ name, entity: inClass(name).find((c) => c.name === "Entity")?.value }))
            .filter((c): c is { name: string; entity: string } => typeof c.entity === "string" && !c.entity.startsWith("nw_") && tables.has(c.entity));
        const added = [...tables.values()].filter((t) => !t.name.startsWith("nw_")).flatMap((t) => [...t.columns.values()].filter((c) => c.custom).map((c) => `${t.name}.${c.name}`));
        expect(added).toEqual(["team.nw_teamsyncunsavededits"]);
        const named = platformClasses.flatMap(({ name, entity }) => inClass(name).filter((c) => typeof c.value === "string" && c.value.startsWith("nw_")).map((c) => `${entity}.${c.value as string}`));
        expect(named.sort()).toEqual(added.sort());
    });

    it("use only choice values that the columns have", () => {
        const groups = [...tableClasses.map((c) => ({ tables: [tables.get(c.entity) as Table], group: inClass(c.name) })), { tables: customTables, group: inClass("Schema") }];
        for (const { tables: ts, group } of groups) {
            for (const { column, constant, value } of choiceValues(group)) {
                for (const table of ts) {
                    const c = table.columns.get(column);
                    expect([constant, table.name, c?.type && CHOICE_TYPES.includes(c.type), c?.values.includes(value)]).toEqual([constant, table.name, true, true]);
                }
            }
        }
    });

    it("name the custom API and exactly its parameters and response properties", () => {
        const [api] = customApis(files);
        expect(inClass("Messages").map((c) => c.value)).toContain(api.name);
        const reconcile = inClass("ReconcileApi");
        const valuesOfOthers = new Set(choiceValuesOf(reconcile));
        const names = reconcile.filter((c) => typeof c.value === "string" && !valuesOfOthers.has(c.name)).map((c) => c.value as string).sort();
        const solutionNames = api.files
            .filter((f) => /customapi(requestparameter|responseproperty)\.xml$/.test(f))
            .map((f) => attributeOf(rootOf(parseXml(textOfFile(files, f))), "uniquename") as string)
            .sort();
        expect(names).toEqual(solutionNames);
    });

    /** String constants that are values of another (ModeApply of Mode). */
    function choiceValuesOf(group: CSharpConstant[]): string[] {
        return group.filter((c) => group.some((s) => s !== c && c.name.startsWith(s.name))).map((c) => c.name);
    }
});

describe("names defined once per language", () => {
    const customColumns = (t: Table) => [...t.columns.values()].filter((c) => c.custom).map((c) => c.name);
    const names = new Set<string>([
        ...customTables.flatMap((t) => [t.name, t.entitySet, ...customColumns(t)]),
        ...[...tables.values()].flatMap(customColumns),
        ...customApis(files).map((a) => a.name),
    ]);

    function codeFiles(dir: string, extensions: RegExp, skip: RegExp): string[] {
        return (readdirSync(path.join(REPO, dir), { recursive: true }) as string[])
            .map((f) => path.join(dir, f).split(path.sep).join("/"))
            .filter((f) => extensions.test(f) && !skip.test(f));
    }

    /** Quoted custom names in code, comments left out. */
    function quotedNames(source: string): string[] {
        const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
        return [...code.matchAll(/["'`](nw_[A-Za-z_]+)["'`]/g)].map((m) => m[1]).filter((n) => names.has(n));
    }

    it("the control spells them only in data/schema.ts, the plugin only in Schema.cs", () => {
        const shipped = [
            ...codeFiles("TeamSyncEditor", /\.tsx?$/, /^TeamSyncEditor\/(data\/schema\.ts|generated\/)/),
            ...codeFiles("Plugin/Plugins", /\.cs$/, /(^|\/)(Schema\.cs|bin\/|obj\/)/),
        ];
        const elsewhere = shipped.flatMap((f) => quotedNames(readFileSync(path.join(REPO, f), "utf8")).map((n) => `${f}: ${n}`));
        expect(elsewhere).toEqual([]);
    });

    it("finds a name spelled outside the constants file", () => {
        expect(quotedNames(`// "nw_teamsynclog" in a comment\nconst t = "nw_teamsynclog";`)).toEqual(["nw_teamsynclog"]);
    });
});

describe("the custom API", () => {
    it("is an unbound action that only those who may write sync configurations can run", () => {
        const [api] = customApis(files);
        const root = rootOf(parseXml(textOfFile(files, `customapis/${api.name}/customapi.xml`)));
        expect(textOf(childElement(root, "executeprivilegename"))).toBe(`prvWrite${schema.SyncGroup.logicalName}`);
        expect(textOf(childElement(root, "isfunction"))).toBe("0");
        expect(textOf(childElement(root, "bindingtype"))).toBe("0");
    });
});
