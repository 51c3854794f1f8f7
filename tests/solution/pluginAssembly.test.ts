/** @jest-environment node */
/** Every plugin type and step of Solution/ names a class of the built TeamSync.Plugins.dll, read from its metadata. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readAssemblyMetadata, type AssemblyMetadata } from "../../scripts/pack/assemblyMetadata";
import { PLUGIN_OUT } from "../../scripts/pack/packSolution";
import { fullNameOf, PLUGIN_INTERFACE, pluginAssemblyProblems } from "../../scripts/pack/pluginAssemblyProblems";
import { customApis, pluginAssemblies, steps } from "../../scripts/pack/solutionLayout";
import { SyncGroup, SyncMember } from "../../TeamSyncEditor/data/schema";
import { csharpConstants } from "./csharpConstants";
import { BUILD_TIMEOUT_MS, ensurePluginBuilt } from "./builtArtefacts";
import { SCHEMA_CS, solutionSource } from "./solutionSource";

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
    Update: "20bebb1b-ea3e-db11-86a7-000a3a5473e8",
    SetStateDynamicEntity: "1dbebb1b-ea3e-db11-86a7-000a3a5473e8",
};

/** The input parameter that carries the record a data message writes. */
const RECORD_PARAMETER: Record<string, string> = { Create: "Target", Update: "Target", SetStateDynamicEntity: "EntityMoniker" };

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
            const match = /^[\w.]+: (\w+) of (\S+)$/.exec(step.name);
            expect([step.name, match?.[2]]).toEqual([step.name, step.primaryEntity]);
            const message = match?.[1] as string;
            expect([step.name, MESSAGE_IDS[message]]).toEqual([step.name, step.messageId]);
            expect([step.name, handles(message), tables.includes(step.primaryEntity)]).toEqual([step.name, true, true]);
            expect(built.types.some((t) => t.fullName === step.pluginTypeName.split(",")[0])).toBe(true);
        }
    });

    it("runs the custom API with ReconcileApiPlugin", () => {
        const [api] = customApis(files);
        expect(assembly.types.find((t) => t.id === api.pluginTypeId)?.name).toBe("TeamSync.Plugins.ReconcileApiPlugin");
    });

    it("validates configurations before they are saved, on every route", () => {
        const validation = steps(files).filter((s) => s.pluginTypeName.startsWith("TeamSync.Plugins.ConfigurationValidationPlugin,"));
        const pairs = validation.map((s) => `${/: (\w+) of/.exec(s.name)?.[1]} ${s.primaryEntity} stage ${s.stage} mode ${s.mode}`).sort();
        expect(pairs).toEqual([
            "Create nw_teamsyncgroup stage 20 mode 0",
            "Create nw_teamsyncmember stage 20 mode 0",
            "SetStateDynamicEntity nw_teamsyncgroup stage 20 mode 0",
            "SetStateDynamicEntity nw_teamsyncmember stage 20 mode 0",
            "Update nw_teamsyncgroup stage 20 mode 0",
            "Update nw_teamsyncmember stage 20 mode 0",
        ]);
        // Validation reads the links, their order, condition and state: a rename cannot introduce an error.
        const readByValidation: Record<string, string[]> = {
            [SyncGroup.logicalName]: [SyncGroup.parentTeam, SyncGroup.direction, SyncGroup.stateCode],
            [SyncMember.logicalName]: [SyncMember.group, SyncMember.childTeam, SyncMember.order, SyncMember.requiredRole, SyncMember.stateCode],
        };
        for (const update of validation.filter((s) => s.name.includes(": Update of "))) {
            expect([update.primaryEntity, [...update.filteringAttributes].sort()]).toEqual([update.primaryEntity, [...readByValidation[update.primaryEntity]].sort()]);
        }
    });
});
