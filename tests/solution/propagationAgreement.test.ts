/** @jest-environment node */
/**
 * What the control's propagation code and the playground assume of the solution agrees with
 * Solution/ and with the plugin: the required steps, the shipped ones, the plug-in types, the
 * nightly flow, the solution's name and the custom API's parameters.
 */
import { KNOWN_MESSAGE_IDS, SHIPPED_MEMBERSHIP_STEPS, TEAMSYNC_PLUGIN_TYPES } from "../../playground/dataverse";
import { REQUIRED_STEPS, stepName } from "../../TeamSyncEditor/data/propagation/requiredSteps";
import { NIGHTLY_RECONCILE_FLOW_ID, ReconcileApi, TEAMSYNC_SOLUTION } from "../../TeamSyncEditor/data/schema";
import { attributeOf, parseXml, rootOf } from "../../scripts/pack/orderedXml";
import { customApis, pluginAssemblies, steps, workflows, type StepFile } from "../../scripts/pack/solutionLayout";
import { solutionUniqueName } from "../../scripts/pack/solutionManifest";
import { textOfFile } from "../../scripts/pack/sourceFiles";
import { repoText, schemaConstant, solutionSource } from "./solutionSource";

const files = solutionSource();
const typeName = (qualified: string) => qualified.split(",")[0];
const propagationTypes = new Set(REQUIRED_STEPS.map((r) => r.pluginType));
const shippedSteps = steps(files).filter((s) => propagationTypes.has(typeName(s.pluginTypeName)));

/** What a step is, as the platform registers it. */
const registration = (s: { name: string; primaryTable: string | null; stage: number; mode: number; filteringAttributes: string | null }) =>
    [s.name, s.primaryTable, s.stage, s.mode, s.filteringAttributes ?? ""].join(" | ");
const fromSolution = (s: StepFile) =>
    registration({ name: s.name, primaryTable: s.primaryEntity, stage: s.stage, mode: s.mode, filteringAttributes: s.filteringAttributes.join(",") });

describe("the propagation steps", () => {
    it("are the ones the plugin requires (PropagationSteps.Required), in its order and modes", () => {
        const source = repoText("Plugin/Plugins/Steps/PropagationSteps.cs");
        const required = [...source.matchAll(/new RequiredStep\(typeof\((\w+)\), Schema\.Messages\.(\w+), Schema\.Step\.(\w+)\)/g)].map((m) => [
            `TeamSync.Plugins.${m[1]}`,
            schemaConstant(`Schema.Messages.${m[2]}`),
            schemaConstant(`Schema.Step.${m[3]}`),
        ]);
        // Every entry was read: a change of the C# form fails here rather than shortening the list.
        expect(required).toHaveLength(source.split("new RequiredStep(").length - 1);
        expect(required.every((r) => r.every((part) => part !== undefined))).toBe(true);
        expect(REQUIRED_STEPS.map((s) => [s.pluginType, s.message, s.mode])).toEqual(required);
    });

    it("ship in the solution where their message id is known, exactly as Turn on propagation would register them", () => {
        const required = new Map(REQUIRED_STEPS.map((r) => [stepName(r), r]));
        expect(shippedSteps.map(fromSolution).sort()).toEqual(shippedSteps.map((s) => required.get(s.name)).filter((r) => r !== undefined).map((r) => registration({ ...r, name: stepName(r) })).sort());
        expect(shippedSteps).toHaveLength(new Set(shippedSteps.map((s) => s.name)).size);
        expect(REQUIRED_STEPS.filter((r) => !shippedSteps.some((s) => s.name === stepName(r))).map(stepName)).toEqual([
            "TeamSync.Plugins.MembershipPropagationPlugin: AddMembers of team (synchronous)",
            "TeamSync.Plugins.MembershipPropagationPlugin: AddMembers of team",
            "TeamSync.Plugins.MembershipPropagationPlugin: RemoveMembers of team (synchronous)",
            "TeamSync.Plugins.MembershipPropagationPlugin: RemoveMembers of team",
        ]);
    });
});

describe("the playground's org after the import", () => {
    it("has the solution's plug-in types and propagation steps, with the platform's message ids", () => {
        const [assembly] = pluginAssemblies(files);
        expect(Object.entries(TEAMSYNC_PLUGIN_TYPES).sort()).toEqual(assembly.types.map((t) => [t.name, t.id]).sort());
        const messageName = (id: string) => Object.entries(KNOWN_MESSAGE_IDS).find(([, known]) => known === id)?.[0];
        expect(SHIPPED_MEMBERSHIP_STEPS.map((s) => [s.id, s.pluginType, s.message, registration({ ...s, name: stepName(s) })]).sort()).toEqual(
            shippedSteps.map((s) => [s.id, typeName(s.pluginTypeName), messageName(s.messageId), fromSolution(s)]).sort(),
        );
    });
});

describe("what the control names in the solution", () => {
    it("the solution and its nightly reconcile flow", () => {
        expect(TEAMSYNC_SOLUTION).toBe(solutionUniqueName(files));
        expect(workflows(files).map((w) => w.id)).toEqual([NIGHTLY_RECONCILE_FLOW_ID]);
    });

    it("the custom API and exactly its parameters and response properties", () => {
        const [api] = customApis(files);
        const { name, ...parameters } = ReconcileApi;
        expect(name).toBe(api.name);
        const solutionNames = api.files.filter((f) => /customapi(requestparameter|responseproperty)\.xml$/.test(f)).map((f) => attributeOf(rootOf(parseXml(textOfFile(files, f))), "uniquename"));
        expect(Object.values(parameters).sort()).toEqual(solutionNames.sort());
    });
});
