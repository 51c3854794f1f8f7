/** @jest-environment node */
/** `npm run pack`'s zips open, hold exactly the expected entries, and say which kind they are. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { CONTROLS_OUT, packSolution, PLUGIN_OUT, type PackedZip } from "../../scripts/pack/packSolution";
import { attributeOf, childElement, childElements, parseXml, rootOf, textOf, type XmlNode } from "../../scripts/pack/orderedXml";
import { steps } from "../../scripts/pack/solutionLayout";
import { BUILD_TIMEOUT_MS, ensureControlBuilt, ensurePluginBuilt } from "./builtArtefacts";
import { solutionSource } from "./solutionSource";

const GUID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";
let outDir: string;
let zips: PackedZip[];

beforeAll(() => {
    ensureControlBuilt();
    ensurePluginBuilt();
    outDir = mkdtempSync(path.join(tmpdir(), "teamsync-pack-"));
    zips = packSolution(outDir);
}, BUILD_TIMEOUT_MS);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function entriesOf(zip: PackedZip): Record<string, Uint8Array> {
    return unzipSync(zip.bytes);
}

function xmlEntry(entries: Record<string, Uint8Array>, name: string): XmlNode {
    return rootOf(parseXml(Buffer.from(entries[name]).toString("utf8")));
}

describe("npm run pack", () => {
    it("writes an unmanaged and a managed zip named after the solution and its version", () => {
        expect(zips.map((z) => path.basename(z.path))).toEqual(["TeamSync_1_0_0_0.zip", "TeamSync_1_0_0_0_managed.zip"]);
    });

    it("puts exactly the package's files in each zip, with forward-slash names", () => {
        for (const zip of zips) {
            const names = Object.keys(entriesOf(zip));
            expect(names[0]).toBe("[Content_Types].xml");
            const api = "customapis/nw_ReconcileTeamSync";
            expect(names.sort()).toEqual([
                "Controls/nw_NW.TeamSyncEditor/ControlManifest.xml",
                "Controls/nw_NW.TeamSyncEditor/bundle.js",
                "Controls/nw_NW.TeamSyncEditor/strings/TeamSyncEditor.1033.resx",
                expect.stringMatching(new RegExp(`^PluginAssemblies/TeamSyncPlugins-${GUID}/TeamSync\\.Plugins\\.dll$`)),
                "WebResources/nw_/TeamSync/teamSyncForm.js",
                expect.stringMatching(new RegExp(`^Workflows/NightlyTeamSyncReconcile-${GUID}\\.json$`)),
                "[Content_Types].xml",
                `${api}/customapi.xml`,
                ...["Mode", "PageToken", "TeamId", "UserId"].map((p) => `${api}/customapirequestparameters/${p}/customapirequestparameter.xml`),
                ...["Adds", "Failed", "NextPageToken", "Removes", "Report"].map((p) => `${api}/customapiresponseproperties/${p}/customapiresponseproperty.xml`),
                "customizations.xml",
                "solution.xml",
            ]);
        }
    });

    it("says managed in the managed zip only", () => {
        const managed = zips.map((z) => textOf(childElement(childElement(xmlEntry(entriesOf(z), "solution.xml"), "SolutionManifest") as XmlNode, "Managed")));
        expect(managed).toEqual(["0", "1"]);
    });

    it("carries the built control and plugin unchanged", () => {
        const entries = entriesOf(zips[0]);
        const dll = Object.keys(entries).find((n) => n.endsWith(".dll")) as string;
        expect(Buffer.from(entries[dll]).equals(readFileSync(path.join(PLUGIN_OUT, "TeamSync.Plugins.dll")))).toBe(true);
        const bundle = entries["Controls/nw_NW.TeamSyncEditor/bundle.js"];
        expect(Buffer.from(bundle).equals(readFileSync(path.join(CONTROLS_OUT, "TeamSyncEditor", "bundle.js")))).toBe(true);
    });

    it("merges every component into customizations.xml and names only files the zip holds", () => {
        const entries = entriesOf(zips[1]);
        const root = xmlEntry(entries, "customizations.xml");
        const section = (name: string) => childElements(childElement(root, name) as XmlNode);
        expect(section("Entities").map((e) => textOf(childElement(e, "Name"))).sort()).toEqual(["Team", "nw_teamsyncgroup", "nw_teamsynclog", "nw_teamsyncmember"]);
        const team = section("Entities").find((e) => textOf(childElement(e, "Name")) === "Team") as XmlNode;
        const teamForms = childElements(childElement(childElement(team, "FormXml") as XmlNode, "forms") as XmlNode, "systemform");
        expect(teamForms).toHaveLength(1);
        expect(section("Roles").map((r) => attributeOf(r, "name")).sort()).toEqual(["Team Sync Administrator", "Team Sync Auditor"]);
        expect(section("EntityRelationships")).toHaveLength(8);
        const packedSteps = section("SdkMessageProcessingSteps");
        expect(packedSteps).toHaveLength(steps(solutionSource()).length);
        // A step on any table is packed without a PrimaryEntity element, as Dataverse exports it.
        const anyTable = packedSteps.filter((s) => /: (Associate|Disassociate) of any Entity( \(synchronous\))?$/.test(attributeOf(s, "Name") ?? ""));
        expect(anyTable.map((s) => [textOf(childElement(s, "SdkMessageId")), childElement(s, "PrimaryEntity")]).sort()).toEqual([
            ["16e7c888-3b24-448b-b7da-ebfe9b681762", undefined], ["16e7c888-3b24-448b-b7da-ebfe9b681762", undefined], ["16e7c888-3b24-448b-b7da-ebfe9b681762", undefined],
            ["bdfc191d-fc56-493a-a6b1-cb0c47a22ecc", undefined], ["bdfc191d-fc56-493a-a6b1-cb0c47a22ecc", undefined], ["bdfc191d-fc56-493a-a6b1-cb0c47a22ecc", undefined],
        ]);
        const imageNames = packedSteps.flatMap((s) => childElements(childElement(s, "SdkMessageProcessingStepImages") as XmlNode, "SdkMessageProcessingStepImage").map((i) => attributeOf(i, "Name")));
        expect(imageNames).toEqual(["PreImage", "PreImage", "PreImage", "PreImage", "PreImage", "PreImage"]);
        expect(section("WebResources").map((r) => [textOf(childElement(r, "Name")), textOf(childElement(r, "WebResourceType"))])).toEqual([["nw_/TeamSync/teamSyncForm.js", "3"]]);
        const [control] = section("CustomControls");
        expect(textOf(childElement(control, "Name"))).toBe("nw_NW.TeamSyncEditor");
        const named = [
            textOf(childElement(control, "FileName")),
            ...section("SolutionPluginAssemblies").map((a) => textOf(childElement(a, "FileName"))),
            ...section("Workflows").map((w) => textOf(childElement(w, "JsonFileName"))),
            ...section("WebResources").map((r) => textOf(childElement(r, "FileName"))),
        ];
        for (const file of named) expect([file, file.slice(1) in entries]).toEqual([file, true]);
    });

    it("lists a content type for every kind of file in the zip", () => {
        const entries = entriesOf(zips[0]);
        const types = childElements(xmlEntry(entries, "[Content_Types].xml"), "Default").map((d) => attributeOf(d, "Extension"));
        const extensions = new Set(Object.keys(entries).map((n) => n.slice(n.lastIndexOf(".") + 1)));
        expect(types.sort()).toEqual([...extensions].sort());
    });

    it("writes the same bytes every time", () => {
        const again = packSolution(outDir);
        expect(again.map((z) => Buffer.from(z.bytes).equals(Buffer.from(readFileSync(z.path))))).toEqual([true, true]);
        expect(again.map((z, i) => Buffer.from(z.bytes).equals(Buffer.from(zips[i].bytes)))).toEqual([true, true]);
    });
});
