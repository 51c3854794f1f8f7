/** @jest-environment node */
/** Every plugin type and step of Solution/ names a class of the built TeamSync.Plugins.dll, read from its metadata. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readAssemblyMetadata, type AssemblyMetadata } from "../../scripts/pack/assemblyMetadata";
import { PLUGIN_OUT } from "../../scripts/pack/packSolution";
import { fullNameOf, PLUGIN_INTERFACE, pluginAssemblyProblems } from "../../scripts/pack/pluginAssemblyProblems";
import { customApis, pluginAssemblies, steps, type StepFile } from "../../scripts/pack/solutionLayout";
import { SyncGroup, SyncMember } from "../../TeamSyncEditor/data/schema";
import { csharpConstants } from "./csharpConstants";
import { BUILD_TIMEOUT_MS, ensurePluginBuilt } from "./builtArtefacts";
import { SCHEMA_CS, schemaConstant, solutionSource } from "./solutionSource";

const files = solutionSource();
const [assembly] = pluginAssemblies(files);
let built: AssemblyMetadata;

beforeAll(() => {
    ensurePluginBuilt();
    built = readAssemblyMetadata(path.join(PLUGIN_OUT, "TeamSync.Plugins.dll"));
}, BUILD_TIMEOUT_MS);

/** Sdk message ids are the same in every Dataverse org; these are the ones the steps use. */
const MESSAGE_IDS: Record<string, string> = {
    Create: "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8",
    Delete: "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8",
    Update: "20bebb1b-ea3e-db11-86a7-000a3a5473e8",
    SetState: "1cbebb1b-ea3e-db11-86a7-000a3a5473e8",
    SetStateDynamicEntity: "1dbebb1b-ea3e-db11-86a7-000a3a5473e8",
    // Read from two independent exported solutions (opc-cpvp/OPC.PowerApps, tc-ca/ROMTS-GSRST.PowerApps), not guessed.
    Associate: "16e7c888-3b24-448b-b7da-ebfe9b681762",
    Disassociate: "bdfc191d-fc56-493a-a6b1-cb0c47a22ecc",
};

/** Messages a step takes on any table: they fire for every relationship, and the plugin picks the ones it handles. */
const ANY_TABLE_MESSAGES = ["Associate", "Disassociate"];
/** How a step's name says it has no primary table, as the platform names such steps. */
const ANY_TABLE = "any Entity";
/** How a step's name tells a synchronous step from the asynchronous one on the same message and table. */
const SYNCHRONOUS_SUFFIX = " (synchronous)";

/** The input parameter that carries the record a data message writes. */
const RECORD_PARAMETER: Record<string, string> = { Create: "Target", Update: "Target", Delete: "Target", SetState: "EntityMoniker", SetStateDynamicEntity: "EntityMoniker" };

/** The columns a configuration's meaning depends on: its links, their order, condition and state (a rename changes nothing). */
const CONFIGURATION_COLUMNS: Record<string, string[]> = {
    [SyncGroup.logicalName]: [SyncGroup.parentTeam, SyncGroup.direction, SyncGroup.stateCode],
    [SyncMember.logicalName]: [SyncMember.group, SyncMember.childTeam, SyncMember.order, SyncMember.requiredRole, SyncMember.stateCode],
};

const PRE_IMAGE = 0;

function messageOf(step: StepFile): string {
    return /: (\w+) of /.exec(step.name)?.[1] ?? "";
}

function registrationsOf(pluginType: string): StepFile[] {
    return steps(files).filter((s) => s.pluginTypeName.startsWith(`TeamSync.Plugins.${pluginType},`));
}

const sorted = (list: string[]) => [...list].sort();

describe("the plugin assembly", () => {
    it("is the signed assembly the solution names, and registers exactly its plugin classes", () => {
        expect(built.publicKeyToken).toMatch(/^[0-9a-f]{16}$/);
        expect(fullNameOf(built)).toBe(assembly.fullName);
        expect(pluginAssemblyProblems(files, new Map([[built.name, built]]))).toEqual([]);
    });

    it("reports a registered class that the DLL lacks, or a DLL plugin that is not registered", () => {
        const name = assembly.types[0].name;
        const without = { ...built, types: built.types.filter((t) => t.fullName !== name) };
        expect(pluginAssemblyProblems(files, new Map([[built.name, without]]))).toEqual([
            `plugin type ${name} is not a public, concrete ${PLUGIN_INTERFACE} of TeamSync.Plugins.dll`,
        ]);
        const extra = { ...built, types: [...built.types, { fullName: "TeamSync.Plugins.Unregistered", isAbstract: false, interfaces: [PLUGIN_INTERFACE] }] };
        expect(pluginAssemblyProblems(files, new Map([[built.name, extra]]))).toEqual([
            `TeamSync.Plugins.dll defines plugin TeamSync.Plugins.Unregistered, which ${assembly.path} does not register`,
        ]);
        const resigned = { ...built, publicKeyToken: "0000000000000000" };
        expect(pluginAssemblyProblems(files, new Map([[built.name, resigned]]))).toEqual([
            `${assembly.path} says ${assembly.fullName}; the built assembly is ${fullNameOf(resigned)}`,
        ]);
    });

    it("has steps on messages and tables that the plugin handles", () => {
        const constants = csharpConstants(readFileSync(SCHEMA_CS, "utf8"));
        const messages = constants.filter((c) => c.classes.includes("Messages")).map((c) => c.value);
        const parameters = constants.filter((c) => c.classes.includes("Parameters")).map((c) => c.value);
        const tables = constants.filter((c) => c.name === "Entity").map((c) => c.value);
        /** The plugin handles a message it names, or a data message whose record parameter it reads. */
        const handles = (message: string) => messages.includes(message) || (RECORD_PARAMETER[message] !== undefined && parameters.includes(RECORD_PARAMETER[message]));
        const all = steps(files);
        expect(all.length).toBeGreaterThan(0);
        for (const step of all) {
            const match = /^[\w.]+: (\w+) of (any Entity|\S+)( \(synchronous\))?$/.exec(step.name);
            expect([step.name, match?.[2]]).toEqual([step.name, step.primaryEntity ?? ANY_TABLE]);
            // Only a synchronous step that has an asynchronous twin says so: the two would have the same name otherwise.
            const twin = all.some((other) => other !== step && other.pluginTypeName === step.pluginTypeName && other.messageId === step.messageId && other.primaryEntity === step.primaryEntity);
            expect([step.name, match?.[3] === SYNCHRONOUS_SUFFIX]).toEqual([step.name, twin && step.mode === 0]);
            const message = match?.[1] as string;
            expect([step.name, MESSAGE_IDS[message]]).toEqual([step.name, step.messageId]);
            const tableFits = step.primaryEntity === null ? ANY_TABLE_MESSAGES.includes(message) : tables.includes(step.primaryEntity);
            expect([step.name, handles(message), tableFits]).toEqual([step.name, true, true]);
            expect(built.types.some((t) => t.fullName === step.pluginTypeName.split(",")[0])).toBe(true);
            // A step's images are of the record its message carries; a Create has nothing before it to image.
            for (const image of step.images) {
                expect([step.name, image.messagePropertyName]).toEqual([step.name, RECORD_PARAMETER[message]]);
                expect([step.name, message === "Create" && image.imageType === PRE_IMAGE]).toEqual([step.name, false]);
            }
        }
    });

    it("runs the custom API with ReconcileApiPlugin", () => {
        const [api] = customApis(files);
        expect(assembly.types.find((t) => t.id === api.pluginTypeId)?.name).toBe("TeamSync.Plugins.ReconcileApiPlugin");
    });

    it("validates configurations before they are saved or deleted, on every route", () => {
        const validation = registrationsOf("ConfigurationValidationPlugin");
        const pairs = validation.map((s) => `${messageOf(s)} ${s.primaryEntity} stage ${s.stage} mode ${s.mode}`).sort();
        expect(pairs).toEqual([
            "Create nw_teamsyncgroup stage 20 mode 0",
            "Create nw_teamsyncmember stage 20 mode 0",
            "Delete nw_teamsyncgroup stage 20 mode 0",
            "Delete nw_teamsyncmember stage 20 mode 0",
            "SetState nw_teamsyncgroup stage 20 mode 0",
            "SetState nw_teamsyncmember stage 20 mode 0",
            "SetStateDynamicEntity nw_teamsyncgroup stage 20 mode 0",
            "SetStateDynamicEntity nw_teamsyncmember stage 20 mode 0",
            "Update nw_teamsyncgroup stage 20 mode 0",
            "Update nw_teamsyncmember stage 20 mode 0",
        ]);
        // A rename cannot introduce an error.
        for (const update of validation.filter((s) => messageOf(s) === "Update")) {
            expect([update.primaryEntity, sorted(update.filteringAttributes)]).toEqual([update.primaryEntity, sorted(CONFIGURATION_COLUMNS[update.primaryEntity ?? ""])]);
        }
    });

    it("reconciles existing members after a configuration is saved, knowing from a pre-image what it was before", () => {
        const reconcile = registrationsOf("ConfigurationReconcilePlugin");
        const pairs = reconcile.map((s) => `${messageOf(s)} ${s.primaryEntity} stage ${s.stage} mode ${s.mode}`).sort();
        expect(pairs).toEqual([
            "Create nw_teamsyncgroup stage 40 mode 1",
            "Create nw_teamsyncmember stage 40 mode 1",
            "SetState nw_teamsyncgroup stage 40 mode 1",
            "SetState nw_teamsyncmember stage 40 mode 1",
            "SetStateDynamicEntity nw_teamsyncgroup stage 40 mode 1",
            "SetStateDynamicEntity nw_teamsyncmember stage 40 mode 1",
            "Update nw_teamsyncgroup stage 40 mode 1",
            "Update nw_teamsyncmember stage 40 mode 1",
        ]);
        const preImage = schemaConstant("Schema.PreImage");
        expect(preImage).toBe("PreImage");
        for (const step of reconcile) {
            const message = messageOf(step);
            const columns = sorted(CONFIGURATION_COLUMNS[step.primaryEntity ?? ""]);
            expect([step.name, sorted(step.filteringAttributes)]).toEqual([step.name, message === "Update" ? columns : []]);
            // The plugin takes the write back from the pre-image under Schema.PreImage; a Create needs none.
            const images = step.images.map((i) => ({ name: i.name, alias: i.alias, imageType: i.imageType, property: i.messagePropertyName, attributes: sorted(i.attributes) }));
            const expected = message === "Create" ? [] : [{ name: preImage, alias: preImage, imageType: PRE_IMAGE, property: RECORD_PARAMETER[message], attributes: columns }];
            expect([step.name, images]).toEqual([step.name, expected]);
        }
    });

    it("reconciles a user whose business unit changes, which takes their roles away with no Disassociate", () => {
        const steps = registrationsOf("RoleChangeReconcilePlugin").filter((s) => s.primaryEntity === "systemuser");
        expect(steps.map((s) => `${messageOf(s)} ${s.primaryEntity} stage ${s.stage} mode ${s.mode} [${s.filteringAttributes.join(",")}]`)).toEqual([
            "Update systemuser stage 40 mode 1 [businessunitid]",
        ]);
    });

    it("drops the form's unsaved-edits column from every update of a team, before it is stored", () => {
        const column = schemaConstant("Schema.Team.UnsavedEdits");
        const steps = registrationsOf("UnsavedEditsColumnPlugin");
        expect(steps.map((s) => `${messageOf(s)} ${s.primaryEntity} stage ${s.stage} mode ${s.mode} [${s.filteringAttributes.join(",")}]`)).toEqual([
            `Update team stage 20 mode 0 [${String(column)}]`,
        ]);
    });

    it("runs the continuation of a propagation stopped at its time budget, on the update of its log row's correlation id only", () => {
        const steps = registrationsOf("MembershipPropagationPlugin").filter((s) => s.primaryEntity === "nw_teamsynclog");
        expect(steps.map((s) => `${messageOf(s)} ${s.primaryEntity} stage ${s.stage} mode ${s.mode} [${s.filteringAttributes.join(",")}]`)).toEqual([
            "Update nw_teamsynclog stage 40 mode 1 [nw_correlationid]",
        ]);
    });

    it("propagates membership and role changes from the import: both plugins on Associate and Disassociate of any table", () => {
        const membership = [...registrationsOf("MembershipPropagationPlugin"), ...registrationsOf("RoleChangeReconcilePlugin")].filter((s) => !s.primaryEntity);
        const rows = membership.map((s) => `${s.pluginTypeName.split(",")[0]} ${messageOf(s)} ${s.primaryEntity ?? ANY_TABLE} stage ${s.stage} mode ${s.mode}`).sort();
        expect(rows).toEqual([
            "TeamSync.Plugins.MembershipPropagationPlugin Associate any Entity stage 40 mode 0",
            "TeamSync.Plugins.MembershipPropagationPlugin Associate any Entity stage 40 mode 1",
            "TeamSync.Plugins.MembershipPropagationPlugin Disassociate any Entity stage 40 mode 0",
            "TeamSync.Plugins.MembershipPropagationPlugin Disassociate any Entity stage 40 mode 1",
            "TeamSync.Plugins.RoleChangeReconcilePlugin Associate any Entity stage 40 mode 1",
            "TeamSync.Plugins.RoleChangeReconcilePlugin Disassociate any Entity stage 40 mode 1",
        ]);
        // AddMembers and RemoveMembers have no id known to the source: a guessed one would fail the whole import.
        expect(steps(files).filter((s) => MESSAGE_IDS[messageOf(s)] === undefined)).toEqual([]);
        for (const step of membership) expect([step.name, step.filteringAttributes, step.images]).toEqual([step.name, [], []]);
    });
});
