/** @jest-environment node */
/**
 * What the control's propagation code and the playground assume of the solution agrees with
 * Solution/ and with the plugin: the required steps, the shipped ones, the plug-in types, the
 * nightly flow, the solution's name and the custom API's parameters.
 */
import { KNOWN_MESSAGE_IDS, SHIPPED_MEMBERSHIP_STEPS, TEAMSYNC_PLUGIN_TYPES } from "../../playground/dataverse";
import { REQUIRED_STEPS, STEP_MODE, STEP_STAGE, stepName } from "../../TeamSyncEditor/data/propagation/requiredSteps";
import { NIGHTLY_RECONCILE_FLOW_ID, ReconcileApi, TEAMSYNC_SOLUTION } from "../../TeamSyncEditor/data/schema";
import { attributeOf, parseXml, rootOf } from "../../scripts/pack/orderedXml";
import { customApis, pluginAssemblies, steps, workflows } from "../../scripts/pack/solutionLayout";
import { solutionUniqueName } from "../../scripts/pack/solutionManifest";
import { textOfFile } from "../../scripts/pack/sourceFiles";
import { csharpConstants } from "./csharpConstants";
import { repoText, solutionSource } from "./solutionSource";

const files = solutionSource();
const typeName = (qualified: string) => qualified.split(",")[0];
const membershipSteps = steps(files).filter((s) => REQUIRED_STEPS.some((r) => r.pluginType === typeName(s.pluginTypeName)));

describe("the propagation steps", () => {
    it("are the ones the plugin requires (PropagationSteps.Required), in its order", () => {
        const messages = new Map(csharpConstants(repoText("Plugin/Plugins/Schema.cs")).filter((c) => c.classes.join(".") === "Schema.Messages").map((c) => [c.name, c.value]));
        const required = [...repoText("Plugin/Plugins/PropagationSteps.cs").matchAll(/new RequiredStep\(typeof\((\w+)\), Schema\.Messages\.(\w+)\)/g)].map((m) => [`TeamSync.Plugins.${m[1]}`, messages.get(m[2])]);
        expect(required).toHaveLength(6);
        expect(REQUIRED_STEPS.map((s) => [s.pluginType, s.message])).toEqual(required);
    });

    it("ship in the solution where their message id is known, on any table, as Turn on propagation would register them", () => {
        const shipped = membershipSteps.map((s) => REQUIRED_STEPS.find((r) => r.pluginType === typeName(s.pluginTypeName) && stepName(r) === s.name));
        expect(shipped.every((r) => r !== undefined && r.primaryTable === null)).toBe(true);
        expect(membershipSteps.map((s) => [s.primaryEntity, s.stage, s.mode])).toEqual(membershipSteps.map(() => [null, STEP_STAGE, STEP_MODE]));
        expect(REQUIRED_STEPS.filter((r) => !shipped.includes(r)).map(stepName)).toEqual([
            "TeamSync.Plugins.MembershipPropagationPlugin: AddMembers of team",
            "TeamSync.Plugins.MembershipPropagationPlugin: RemoveMembers of team",
        ]);
    });
});

describe("the playground's org after the import", () => {
    it("has the solution's plug-in types and membership steps, with the platform's message ids", () => {
        const [assembly] = pluginAssemblies(files);
        expect(Object.entries(TEAMSYNC_PLUGIN_TYPES).sort()).toEqual(assembly.types.map((t) => [t.name, t.id]).sort());
        const messageName = (id: string) => Object.entries(KNOWN_MESSAGE_IDS).find(([, known]) => known === id)?.[0];
        expect(SHIPPED_MEMBERSHIP_STEPS.map((s) => [s.id, s.pluginType, s.message]).sort()).toEqual(membershipSteps.map((s) => [s.id, typeName(s.pluginTypeName), messageName(s.messageId)]).sort());
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
