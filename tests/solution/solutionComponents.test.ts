/** @jest-environment node */
/** What the roles allow and where the Team form puts the control. */
import { SyncGroup, SyncLog, SyncMember } from "../../TeamSyncEditor/data/schema";
import { attributeOf, childElement, childElements, descendants, parseXml, rootOf, textOf, type XmlNode } from "../../scripts/pack/orderedXml";
import { controls, entityFolders, roles } from "../../scripts/pack/solutionLayout";
import { textOfFile } from "../../scripts/pack/sourceFiles";
import { readFileSync } from "node:fs";
import path from "node:path";
import { solutionTables } from "./solutionColumns";
import { REPO, schemaConstant, solutionSource } from "./solutionSource";

const files = solutionSource();

function privileges(roleName: string): string[] {
    const role = roles(files).find((r) => r.name === roleName);
    if (role === undefined) throw new Error(`no role ${roleName}`);
    const list = childElement(rootOf(parseXml(textOfFile(files, role.path))), "RolePrivileges") as XmlNode;
    return childElements(list, "RolePrivilege").map((p) => `${attributeOf(p, "name")}:${attributeOf(p, "level")}`);
}

describe("the security roles", () => {
    const full = (table: string) => ["Create", "Read", "Write", "Delete", "Append", "AppendTo"].map((p) => `prv${p}${table}:Global`);
    const changes = (list: string[]) => list.filter((p) => /^prv(Create|Write|Delete|Assign|Share)/.test(p));

    it("Team Sync Administrator has full access to the configuration tables and reads the log, teams and users", () => {
        const admin = privileges("Team Sync Administrator");
        expect(admin).toEqual(expect.arrayContaining([...full(SyncGroup.logicalName), ...full(SyncMember.logicalName), `prvRead${SyncLog.logicalName}:Global`, "prvReadTeam:Global", "prvReadUser:Global"]));
        expect(admin.filter((p) => p.includes(SyncLog.logicalName))).toEqual([`prvRead${SyncLog.logicalName}:Global`]);
    });

    it("Team Sync Auditor reads the log and changes nothing", () => {
        const auditor = privileges("Team Sync Auditor");
        expect(auditor).toContain(`prvRead${SyncLog.logicalName}:Global`);
        expect(changes(auditor)).toEqual([]);
        expect(auditor.filter((p) => p.startsWith("prvAppend"))).toEqual([]);
    });
});

describe("the Team (with sync) form", () => {
    const team = entityFolders(files).find((e) => e.name === "team");
    const [form] = team?.forms ?? [];
    const systemform = childElement(rootOf(parseXml(textOfFile(files, form.path))), "systemform") as XmlNode;

    it("is a main form of team with its own name, beside the system's Team form", () => {
        expect(form.type).toBe("main");
        expect(textOf(childElement(systemform, "formid"))).toContain(form.id);
        const names = childElements(childElement(systemform, "LocalizedNames") as XmlNode, "LocalizedName").map((n) => attributeOf(n, "description"));
        expect(names).toEqual(["Team (with sync)"]);
        const display = childElement(childElement(systemform, "form") as XmlNode, "DisplayConditions") as XmlNode;
        expect(attributeOf(display, "FallbackForm")).toBe("false");
    });

    it("hosts the solution's control on the name column for web, phone and tablet", () => {
        const formNode = childElement(systemform, "form") as XmlNode;
        const nameControl = descendants(formNode, "control").find((c) => attributeOf(c, "datafieldname") === "name") as XmlNode;
        const uniqueId = attributeOf(nameControl, "uniqueid");
        const description = childElements(childElement(formNode, "controlDescriptions") as XmlNode, "controlDescription").find((d) => attributeOf(d, "forControl") === uniqueId) as XmlNode;
        const [control] = controls(files);
        const custom = childElements(description, "customControl").filter((c) => attributeOf(c, "name") === control.name);
        expect(custom.map((c) => attributeOf(c, "formFactor")).sort()).toEqual(["0", "1", "2"]);
        for (const c of custom) {
            const bound = childElement(childElement(c, "parameters") as XmlNode, "teamName") as XmlNode;
            expect([textOf(bound), attributeOf(bound, "type")]).toEqual(["name", "SingleLine.Text"]);
        }
    });
    it("binds the control's unsaved-edits output to a hidden column of the form, so the form warns before it is left with unsaved edits", () => {
        const column = schemaConstant("Schema.Team.UnsavedEdits") as string;
        const manifest = parseXml(readFileSync(path.join(REPO, "TeamSyncEditor", "ControlManifest.Input.xml"), "utf8"));
        const property = descendants(rootOf(manifest), "property").find((p) => attributeOf(p, "name") === "unsavedChanges") as XmlNode;
        expect([attributeOf(property, "usage"), attributeOf(property, "of-type")]).toEqual(["bound", "Whole.None"]);
        const formNode = childElement(systemform, "form") as XmlNode;
        const [control] = controls(files);
        const custom = descendants(formNode, "customControl").filter((c) => attributeOf(c, "name") === control.name);
        for (const c of custom) {
            const bound = childElement(childElement(c, "parameters") as XmlNode, "unsavedChanges") as XmlNode;
            expect([attributeOf(c, "formFactor"), textOf(bound), attributeOf(bound, "type"), attributeOf(bound, "static")]).toEqual([attributeOf(c, "formFactor"), column, "Whole.None", undefined]);
        }
        const cell = descendants(formNode, "cell").find((c) => descendants(c, "control").some((ctl) => attributeOf(ctl, "datafieldname") === column)) as XmlNode;
        expect(attributeOf(cell, "visible")).toBe("false");
        const defined = solutionTables(files).get("team")?.columns.get(column);
        expect(defined?.type).toBe("int");
        const attribute = descendants(rootOf(parseXml(textOfFile(files, team?.entityXml as string))), "attribute").find((a) => textOf(childElement(a, "LogicalName")) === column) as XmlNode;
        expect(textOf(childElement(attribute, "IsAuditEnabled"))).toBe("0");
    });
});
