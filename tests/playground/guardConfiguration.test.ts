/** @jest-environment node */
/** The playground's ConfigurationValidationPlugin: configuration writes are refused as the plugin refuses them, and taken back. */
import { DataverseStore, FakeWebApi, StoreError, seedPlatform } from "../../playground/dataverse";
import { REFUSAL_PREFIX, guardConfiguration } from "../../playground/host/plugin/guardConfiguration";
import {
    ProcessingStep,
    StateCode,
    StepState,
    StepStatus,
    StatusCode,
    SyncGroup,
    SyncMember,
    Team,
    bindKey,
    bindValue,
} from "../../TeamSyncEditor/data/schema";
import { csharpConstants } from "../solution/csharpConstants";
import { repoText } from "../solution/solutionSource";

const A = "00000000-0000-0000-0000-00000000000a";
const B = "00000000-0000-0000-0000-00000000000b";
const G_A = "00000000-0000-0000-0001-00000000000a";
const G_B = "00000000-0000-0000-0001-00000000000b";
const M_AB = "00000000-0000-0000-0002-0000000000ab";
const C = "00000000-0000-0000-0000-00000000000c";

/** A → B one way, and B's empty configuration; propagation on, and the guard on. */
function guarded() {
    const store = new DataverseStore();
    seedPlatform(store, { unmanaged: true, stepsEnabled: true, nightlyReconcileOn: false, propagationTurnedOn: true });
    store.create(Team.logicalName, { [Team.id]: A, [Team.name]: "Alpha" });
    store.create(Team.logicalName, { [Team.id]: B, [Team.name]: "Beta" });
    for (const [id, parent] of [
        [G_A, A],
        [G_B, B],
    ])
        store.create(SyncGroup.logicalName, {
            [SyncGroup.id]: id,
            [bindKey(SyncGroup.parentTeam)]: bindValue(Team.entitySet, parent),
            [SyncGroup.direction]: 1,
        });
    store.create(SyncMember.logicalName, {
        [SyncMember.id]: M_AB,
        [bindKey(SyncMember.group)]: bindValue(SyncGroup.entitySet, G_A),
        [bindKey(SyncMember.childTeam)]: bindValue(Team.entitySet, B),
    });
    guardConfiguration(store);
    const heard: string[] = [];
    store.subscribe((change) => heard.push(`${change.kind} ${change.table}`));
    return { store, heard };
}

/** The message a test of Plugin/Tests/ConfigurationValidationTests.cs expects: its Assert.Equal's string literals, joined. */
function pluginTestMessage(test: string): string {
    const source = repoText("Plugin/Tests/ConfigurationValidationTests.cs");
    const body = source.slice(source.indexOf(`void ${test}()`));
    const assertion = body.slice(body.indexOf("Assert.Equal("), body.indexOf(", error.Message)"));
    return [...assertion.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]).join("");
}

const reverseLink = {
    [bindKey(SyncMember.group)]: bindValue(SyncGroup.entitySet, G_B),
    [bindKey(SyncMember.childTeam)]: bindValue(Team.entitySet, A),
};

describe("the playground's configuration validation", () => {
    it("words a refusal as the plugin does", () => {
        expect(
            csharpConstants(repoText("Plugin/Plugins/Text/Refusals.cs")).find((c) => c.name === "Prefix")?.value,
        ).toBe(REFUSAL_PREFIX);
    });

    it("refuses a write that brings in an error, naming the code and the teams, and takes it back unheard", () => {
        const { store, heard } = guarded();
        expect(() => store.create(SyncMember.logicalName, reverseLink)).toThrow(
            `${REFUSAL_PREFIX}direction-conflict (Alpha, Beta).`,
        );
        expect(store.rows(SyncMember.logicalName)).toHaveLength(1);
        expect(heard).toEqual([]);
    });

    it("refuses through the Web API with the platform's code for a plug-in's refusal", async () => {
        const { store } = guarded();
        await expect(new FakeWebApi(store).createRecord(SyncMember.logicalName, reverseLink)).rejects.toMatchObject({
            errorCode: -2147220891,
            message: expect.stringContaining("direction-conflict (Alpha, Beta)"),
        });
    });

    it("lets an error that was there already stand, and a write that ends one", () => {
        const { store } = guarded();
        store.update(SyncGroup.logicalName, G_A, {
            [SyncGroup.stateCode]: StateCode.inactive,
            [SyncGroup.statusCode]: StatusCode.inactive,
        });
        const id = store.create(SyncMember.logicalName, reverseLink);
        expect(store.retrieve(SyncMember.logicalName, id)).toBeDefined();
        expect(() =>
            store.update(SyncGroup.logicalName, G_A, {
                [SyncGroup.stateCode]: StateCode.active,
                [SyncGroup.statusCode]: StatusCode.active,
            }),
        ).toThrow(StoreError);
        expect(store.retrieve(SyncGroup.logicalName, G_A)?.[SyncGroup.stateCode]).toBe(StateCode.inactive);
    });

    it("refuses deleting a record that links teams, and lets an inactive one go", () => {
        const { store, heard } = guarded();
        expect(() => store.delete(SyncMember.logicalName, M_AB)).toThrow(
            `${REFUSAL_PREFIX}the record links Alpha, Beta.`,
        );
        expect(() => store.delete(SyncGroup.logicalName, G_A)).toThrow(StoreError);
        expect(store.retrieve(SyncMember.logicalName, M_AB)).toBeDefined();
        store.update(SyncMember.logicalName, M_AB, {
            [SyncMember.stateCode]: StateCode.inactive,
            [SyncMember.statusCode]: StatusCode.inactive,
        });
        store.delete(SyncMember.logicalName, M_AB);
        expect(store.retrieve(SyncMember.logicalName, M_AB)).toBeUndefined();
        expect(heard).toEqual([`update ${SyncMember.logicalName}`, `delete ${SyncMember.logicalName}`]);
    });

    describe("while propagation is off", () => {
        const ADD_MEMBERS_SYNC = "TeamSync.Plugins.MembershipPropagationPlugin: AddMembers of team (synchronous)";
        const ADD_MEMBERS_ASYNC = "TeamSync.Plugins.MembershipPropagationPlugin: AddMembers of team";
        const ROLES_DISASSOCIATE = "TeamSync.Plugins.RoleChangeReconcilePlugin: Disassociate of any Entity";
        /** The plugin's message for the same steps, as Plugin/Tests/ConfigurationValidationTests.cs asserts it. */
        const OFF = pluginTestMessage("ALinkIsRefusedWhilePropagationStepsAreMissingOrOff");
        const setSteps = (store: DataverseStore, names: readonly string[], on: boolean) => {
            for (const row of store
                .rows(ProcessingStep.logicalName)
                .filter((r) => names.includes(String(r[ProcessingStep.name]))))
                store.update(ProcessingStep.logicalName, String(row[ProcessingStep.id]), {
                    [ProcessingStep.stateCode]: on ? StepState.enabled : StepState.disabled,
                    [ProcessingStep.statusCode]: on ? StepStatus.enabled : StepStatus.disabled,
                });
        };
        const off = () => {
            const org = guarded();
            setSteps(org.store, [ADD_MEMBERS_SYNC, ADD_MEMBERS_ASYNC, ROLES_DISASSOCIATE], false);
            return org;
        };
        const link = {
            [bindKey(SyncMember.group)]: bindValue(SyncGroup.entitySet, G_B),
            [bindKey(SyncMember.childTeam)]: bindValue(Team.entitySet, C),
        };
        const addC = (store: DataverseStore) => store.create(Team.logicalName, { [Team.id]: C, [Team.name]: "Gamma" });

        it("refuses a new link with the plugin's message and code, and accepts it once the steps are on", async () => {
            expect(OFF).toMatch(
                /^TeamSync refused this change: joins and leaves are not propagated .+, then save again\.$/,
            );
            const { store } = off();
            addC(store);
            await expect(new FakeWebApi(store).createRecord(SyncMember.logicalName, link)).rejects.toMatchObject({
                errorCode: -2147220891,
                message: OFF,
            });
            expect(store.rows(SyncMember.logicalName)).toHaveLength(1);
            setSteps(store, [ADD_MEMBERS_SYNC, ADD_MEMBERS_ASYNC, ROLES_DISASSOCIATE], true);
            await new FakeWebApi(store).createRecord(SyncMember.logicalName, link);
            expect(store.rows(SyncMember.logicalName)).toHaveLength(2);
        });

        it("refuses activating a link, and lets a link that links no one be written and a link be turned off", () => {
            const { store } = off();
            addC(store);
            const inactive = store.create(SyncMember.logicalName, {
                ...link,
                [SyncMember.stateCode]: StateCode.inactive,
                [SyncMember.statusCode]: StatusCode.inactive,
            });
            const activate = { [SyncMember.stateCode]: StateCode.active, [SyncMember.statusCode]: StatusCode.active };
            expect(() => store.update(SyncMember.logicalName, inactive, activate)).toThrow(OFF);
            expect(store.retrieve(SyncMember.logicalName, inactive)?.[SyncMember.stateCode]).toBe(StateCode.inactive);
            store.update(SyncMember.logicalName, M_AB, {
                [SyncMember.stateCode]: StateCode.inactive,
                [SyncMember.statusCode]: StatusCode.inactive,
            });
            expect(store.retrieve(SyncMember.logicalName, M_AB)?.[SyncMember.stateCode]).toBe(StateCode.inactive);
            expect(() => store.update(SyncGroup.logicalName, G_A, { [SyncGroup.direction]: 1 })).not.toThrow();
        });
    });
});
