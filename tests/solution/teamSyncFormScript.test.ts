/** @jest-environment node */
/**
 * The Team (with sync) form's script: while the TeamSync editor has unsaved edits (its count in the form's column),
 * auto-save, and Save & Close (what leaving is with auto-save on), are held back, so the form asks before it is left.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { attributeOf, childElement, descendants, parseXml, rootOf, type XmlNode } from "../../scripts/pack/orderedXml";
import { entityFolders, webResources } from "../../scripts/pack/solutionLayout";
import { textOfFile } from "../../scripts/pack/sourceFiles";
import { REPO, schemaConstant, solutionSource } from "./solutionSource";

const files = solutionSource();
const [script] = webResources(files);
const column = schemaConstant("Schema.Team.UnsavedEdits");
const SAVE = 1;
const SAVE_AND_CLOSE = 2;
const AUTO_SAVE = 70;

/** The script as the form loads it: its global namespace, in a context of its own. */
function loadedScript(): { NW: { TeamSyncForm: Record<string, (context: unknown) => void> } } {
    const sandbox = {} as { NW: { TeamSyncForm: Record<string, (context: unknown) => void> } };
    runInNewContext(readFileSync(path.join(REPO, "Solution", script.contentFile), "utf8"), sandbox);
    return sandbox;
}

/** A save of the form with the editor's count in its column (null: empty), and whether the handler held it back. */
function save(handler: (context: unknown) => void, mode: number, edits: number | null, bound = true): boolean {
    let prevented = false;
    handler({
        getFormContext: () => ({ getAttribute: (name: string) => (bound && name === column ? { getValue: () => edits } : null) }),
        getEventArgs: () => ({ getSaveMode: () => mode, preventDefault: () => (prevented = true) }),
    });
    return prevented;
}

describe("the Team (with sync) form's script", () => {
    const form = childElement(rootOf(parseXml(textOfFile(files, entityFolders(files).find((e) => e.name === "team")?.forms[0].path as string))), "systemform") as XmlNode;
    const handler = descendants(form, "Handler")[0];

    it("is loaded by the form and runs on its save, with the execution context", () => {
        const libraries = descendants(form, "Library").map((l) => attributeOf(l, "name"));
        expect(libraries).toEqual([script.name]);
        const event = descendants(form, "event").find((e) => descendants(e, "Handler").includes(handler)) as XmlNode;
        expect(attributeOf(event, "name")).toBe("onsave");
        expect([attributeOf(handler, "libraryName"), attributeOf(handler, "passExecutionContext"), attributeOf(handler, "enabled")]).toEqual([script.name, "true", "true"]);
        const [namespace, object, name] = (attributeOf(handler, "functionName") as string).split(".");
        expect(typeof (loadedScript() as unknown as Record<string, Record<string, Record<string, unknown>>>)[namespace][object][name]).toBe("function");
    });

    it("holds auto-save and Save & Close back while the editor has unsaved edits, and nothing else", () => {
        const onSave = loadedScript().NW.TeamSyncForm.onSave;
        expect(save(onSave, AUTO_SAVE, 3)).toBe(true);
        expect(save(onSave, SAVE_AND_CLOSE, 1)).toBe(true);
        expect(save(onSave, SAVE, 3)).toBe(false);
        expect(save(onSave, AUTO_SAVE, null)).toBe(false);
        expect(save(onSave, AUTO_SAVE, 0)).toBe(false);
        expect(save(onSave, AUTO_SAVE, 3, false)).toBe(false);
    });
});
