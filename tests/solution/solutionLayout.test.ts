/** @jest-environment node */
import { duplicateIds, layoutProblems, pluginAssemblies, steps, webResources, workflows } from "../../scripts/pack/solutionLayout";
import { rootComponents, solutionVersion, SOLUTION_XML } from "../../scripts/pack/solutionManifest";
import { textOfFile } from "../../scripts/pack/sourceFiles";
import { controlVersion } from "../../scripts/pack/controlName";
import { repoText, solutionSource, withFiles } from "./solutionSource";

const files = solutionSource();

/** "1.0.0" and "1.0.0.0" are the same version. */
function fourPart(version: string): string {
    const parts = version.split(".");
    while (parts.length < 4) parts.push("0");
    return parts.join(".");
}

describe("the solution layout", () => {
    it("lists every component it holds and holds every component it lists", () => {
        expect(layoutProblems(files)).toEqual([]);
    });

    it("ships the tables whole, the team table as a shell with its one form, and one of each other component", () => {
        const roots = rootComponents(files);
        const byType = (type: number) => roots.filter((r) => r.type === type);
        expect(byType(1).map((r) => [r.schemaName, r.behavior])).toEqual(expect.arrayContaining([
            ["nw_teamsyncgroup", "0"], ["nw_teamsyncmember", "0"], ["nw_teamsynclog", "0"], ["team", "2"],
        ]));
        expect(byType(60)).toHaveLength(1);
        expect(byType(66).map((r) => r.schemaName)).toEqual(["nw_NW.TeamSyncEditor"]);
        expect(byType(91)).toHaveLength(1);
        expect(byType(20)).toHaveLength(2);
        expect(byType(29)).toHaveLength(1);
        expect(byType(61).map((r) => r.schemaName)).toEqual(["nw_/TeamSync/teamSyncForm.js"]);
        expect(byType(92)).toHaveLength(steps(files).length);
    });

    it("reports a root component without its file", () => {
        const step = steps(files)[0];
        expect(layoutProblems(withFiles(files, { [step.path]: null }))).toEqual([
            `step {${step.id}} is a root component but has no SdkMessageProcessingSteps file`,
        ]);
    });

    it("reports a file that no root component lists", () => {
        const solution = textOfFile(files, SOLUTION_XML);
        const role = /<RootComponent type="20" id="\{([^}]+)\}" behavior="0" \/>\n/.exec(solution);
        expect(role).not.toBeNull();
        const problems = layoutProblems(withFiles(files, { [SOLUTION_XML]: solution.replace(role![0], ""), "Other/Stray.xml": "<x />" }));
        expect(problems).toEqual(expect.arrayContaining([
            expect.stringMatching(/^Roles\/.+\.xml is not a root component of Other\/Solution\.xml$/),
            "Other/Stray.xml is not part of any component in Other/Solution.xml",
        ]));
    });

    it("reports a web resource without its content, or not listed", () => {
        const [script] = webResources(files);
        expect(layoutProblems(withFiles(files, { [script.contentFile]: null }))).toEqual([
            `${script.path} names ${script.contentFile}, which does not exist`,
        ]);
        const solution = textOfFile(files, SOLUTION_XML).replace(/<RootComponent type="61"[^>]*\/>\n/, "");
        expect(layoutProblems(withFiles(files, { [SOLUTION_XML]: solution })).sort()).toEqual(
            [
                `${script.path} is not a root component of ${SOLUTION_XML}`,
                `${script.path} is not part of any component in ${SOLUTION_XML}`,
                `${script.contentFile} is not part of any component in ${SOLUTION_XML}`,
            ].sort(),
        );
    });

    it("reports a step whose plugin type no assembly defines", () => {
        const step = steps(files)[0];
        const text = textOfFile(files, step.path).replace(/<PluginTypeId>[^<]+</, "<PluginTypeId>00000000-0000-0000-0000-000000000001<");
        expect(layoutProblems(withFiles(files, { [step.path]: text }))).toEqual([
            `${step.path} names plugin type {00000000-0000-0000-0000-000000000001}, which no plugin assembly defines`,
        ]);
    });

    it("reads a step on any table as having no primary table, and reports an empty PrimaryEntity element", () => {
        const anyTable = steps(files).filter((s) => s.primaryEntity === null);
        expect(anyTable.length).toBeGreaterThan(0);
        const [step] = anyTable;
        const text = textOfFile(files, step.path).replace("<AsyncAutoDelete>", "<PrimaryEntity></PrimaryEntity>\n<AsyncAutoDelete>");
        expect(layoutProblems(withFiles(files, { [step.path]: text }))).toEqual([
            `${step.path} has an empty PrimaryEntity; leave the element out for a step on any table`,
        ]);
    });

    it("gives every form, view, step, image, plugin type, role, flow and form element its own id", () => {
        expect(duplicateIds(files)).toEqual([]);
        const [first, second] = steps(files);
        const copy = textOfFile(files, second.path).replace(/SdkMessageProcessingStepId="\{[^}]+\}"/, `SdkMessageProcessingStepId="{${first.id.toUpperCase()}}"`);
        expect(duplicateIds(withFiles(files, { [second.path]: copy }))).toEqual([`${first.id} (${first.path}, ${second.path})`]);
    });

    it("has one version: the solution's, the control manifest's and the plugin assembly's", () => {
        const version = solutionVersion(files);
        expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
        expect(fourPart(controlVersion(repoText("TeamSyncEditor/ControlManifest.Input.xml")))).toBe(version);
        expect(/<AssemblyVersion>([^<]+)<\/AssemblyVersion>/.exec(repoText("Plugin/Directory.Build.props"))?.[1]).toBe(version);
        for (const assembly of pluginAssemblies(files)) expect(assembly.fullName).toContain(`, Version=${version},`);
    });

    it("ships the nightly reconcile as a cloud flow that is turned off", () => {
        const [flow] = workflows(files);
        const data = textOfFile(files, flow.path);
        expect(data).toContain("<Category>5</Category>");
        expect(data).toContain("<StateCode>0</StateCode>");
        expect(data).toContain("<StatusCode>1</StatusCode>");
        const definition = JSON.parse(textOfFile(files, flow.jsonFile));
        const reference = definition.properties.connectionReferences.shared_commondataserviceforapps.connection.connectionReferenceLogicalName;
        expect(textOfFile(files, "Other/Customizations.xml")).toContain(`connectionreferencelogicalname="${reference}"`);
        expect(definition.properties.definition.triggers.Recurrence.type).toBe("Recurrence");
        const loop = definition.properties.definition.actions.Until_every_page_is_reconciled;
        expect(loop.expression).toBe("@equals(variables('PageToken'), '')");
        const call = loop.actions.Reconcile_one_page.inputs;
        expect(call.host.operationId).toBe("PerformUnboundAction");
        expect(call.parameters).toEqual({ actionName: "nw_ReconcileTeamSync", "item/Mode": "apply", "item/PageToken": "@variables('PageToken')" });
        expect(loop.actions.Set_PageToken.inputs.value).toContain("body/NextPageToken");
    });

    it("retries a failing page a few times, minutes apart, then stops the night's run as failed instead of retrying it for hours", () => {
        const [flow] = workflows(files);
        const loop = JSON.parse(textOfFile(files, flow.jsonFile)).properties.definition.actions.Until_every_page_is_reconciled;
        expect(loop.actions.Reconcile_one_page.inputs.retryPolicy).toEqual({ type: "fixed", count: 3, interval: "PT2M" });
        const stops = Object.values(loop.actions as Record<string, { type: string; runAfter: Record<string, string[]>; inputs: { runStatus?: string } }>).filter(
            (action) => action.type === "Terminate",
        );
        expect(stops.map((action) => [action.runAfter, action.inputs.runStatus])).toEqual([[{ Reconcile_one_page: ["Failed", "TimedOut"] }, "Failed"]]);
    });
});
