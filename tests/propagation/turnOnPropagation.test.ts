/** @jest-environment node */
/** "Turn on propagation" over the in-memory org: ids found by name, idempotent, into the unmanaged solution, and every failure said. */
import { privilegeDenied, SHIPPED_MEMBERSHIP_STEPS, type FakeRequest } from "../../playground/dataverse";
import { duplicateRecord } from "../../playground/dataverse/fakeErrors";
import { SOLUTION_COMPONENT } from "../../playground/dataverse/metadata";
import { REQUIRED_STEPS, stepName, type RequiredStep } from "../../TeamSyncEditor/data/propagation/requiredSteps";
import {
    ProcessingStep,
    SdkMessage,
    SdkMessageFilter,
    StepMode,
    StepState,
    StepStatus,
} from "../../TeamSyncEditor/data/schema";
import { propagationOrg, type PropagationOrg } from "./propagationOrg";

const writes = (requests: FakeRequest[]) => requests.filter((r) => r.method !== "GET");
const outcomes = (report: Awaited<ReturnType<PropagationOrg["service"]["turnOnPropagation"]>>) =>
    report.steps.map((s) => `${stepName(s.step)}: ${s.outcome}`);
/** The import registers it (all but AddMembers' and RemoveMembers'). */
const shipped = (step: RequiredStep) => SHIPPED_MEMBERSHIP_STEPS.some((s) => stepName(s) === stepName(step));
const NOT_SHIPPED = REQUIRED_STEPS.filter((s) => !shipped(s)).length;

function rowOf(org: PropagationOrg, table: string, column: string, value: unknown) {
    return org.store.rows(table).find((row) => row[column] === value);
}

describe("turn on propagation", () => {
    it("registers the missing AddMembers and RemoveMembers steps, synchronous and asynchronous, with this org's own message and filter ids, found by name", async () => {
        // Two orgs whose AddMembers messages have different ids: each gets steps on its own.
        const first = propagationOrg();
        const second = propagationOrg({
            before: (store) =>
                ["Assign", "GrantAccess", "Merge"].forEach((name) =>
                    store.create(SdkMessage.logicalName, { [SdkMessage.name]: name }),
                ),
        });
        for (const org of [first, second]) {
            const report = await org.service.turnOnPropagation(() => undefined);
            expect(report.stopped).toBeNull();
            expect(outcomes(report)).toEqual(
                REQUIRED_STEPS.map((s) => `${stepName(s)}: ${shipped(s) ? "alreadyOn" : "created"}`),
            );
            for (const message of ["AddMembers", "RemoveMembers"]) {
                const messageId = rowOf(org, SdkMessage.logicalName, SdkMessage.name, message)?.[SdkMessage.id];
                const filterId = rowOf(org, SdkMessageFilter.logicalName, SdkMessageFilter.messageValue, messageId)?.[
                    SdkMessageFilter.id
                ];
                for (const [suffix, mode] of [
                    [" (synchronous)", StepMode.synchronous],
                    ["", StepMode.asynchronous],
                ] as const) {
                    const step = rowOf(
                        org,
                        ProcessingStep.logicalName,
                        ProcessingStep.name,
                        `TeamSync.Plugins.MembershipPropagationPlugin: ${message} of team${suffix}`,
                    );
                    expect([
                        step?.[ProcessingStep.messageValue],
                        step?.[ProcessingStep.filterValue],
                        step?.[ProcessingStep.stage],
                        step?.[ProcessingStep.mode],
                        step?.[ProcessingStep.stateCode],
                    ]).toEqual([messageId, filterId, 40, mode, StepState.enabled]);
                }
            }
        }
        const addMembersIds = [first, second].map(
            (org) => rowOf(org, SdkMessage.logicalName, SdkMessage.name, "AddMembers")?.[SdkMessage.id],
        );
        expect(addMembersIds[0]).not.toEqual(addMembersIds[1]);
        expect((await first.service.propagationStatus()).steps.every((s) => s.registered && s.enabled)).toBe(true);
    });

    it("finds a missing synchronous step though the asynchronous one on its message is on, and registers it in its mode", async () => {
        const org = propagationOrg();
        await org.service.turnOnPropagation(() => undefined);
        const associateSync = "TeamSync.Plugins.MembershipPropagationPlugin: Associate of any Entity (synchronous)";
        const addMembersSync = "TeamSync.Plugins.MembershipPropagationPlugin: AddMembers of team (synchronous)";
        for (const name of [associateSync, addMembersSync])
            org.store.delete(
                ProcessingStep.logicalName,
                String(rowOf(org, ProcessingStep.logicalName, ProcessingStep.name, name)?.[ProcessingStep.id]),
            );
        const missing = (await org.service.propagationStatus()).steps
            .filter((s) => !s.registered)
            .map((s) => stepName(s.step));
        expect(missing).toEqual([associateSync, addMembersSync]);

        const report = await org.service.turnOnPropagation(() => undefined);
        expect(
            report.steps.filter((s) => s.outcome !== "alreadyOn").map((s) => `${stepName(s.step)}: ${s.outcome}`),
        ).toEqual([`${associateSync}: created`, `${addMembersSync}: created`]);
        for (const name of [associateSync, addMembersSync]) {
            const row = rowOf(org, ProcessingStep.logicalName, ProcessingStep.name, name);
            expect([row?.[ProcessingStep.stage], row?.[ProcessingStep.mode], row?.[ProcessingStep.stateCode]]).toEqual([
                40,
                StepMode.synchronous,
                StepState.enabled,
            ]);
        }
        expect((await org.service.propagationStatus()).steps.every((s) => s.registered && s.enabled)).toBe(true);
    });

    it("turns on a synchronous step that is off while its asynchronous twin is on", async () => {
        const org = propagationOrg();
        const disassociateSync = rowOf(
            org,
            ProcessingStep.logicalName,
            ProcessingStep.name,
            "TeamSync.Plugins.MembershipPropagationPlugin: Disassociate of any Entity (synchronous)",
        );
        const id = String(disassociateSync?.[ProcessingStep.id]);
        org.store.update(ProcessingStep.logicalName, id, {
            [ProcessingStep.stateCode]: StepState.disabled,
            [ProcessingStep.statusCode]: StepStatus.disabled,
        });
        const status = await org.service.propagationStatus();
        expect(status.steps.filter((s) => s.registered && !s.enabled).map((s) => stepName(s.step))).toEqual([
            "TeamSync.Plugins.MembershipPropagationPlugin: Disassociate of any Entity (synchronous)",
        ]);
        const report = await org.service.turnOnPropagation(() => undefined);
        expect(report.steps.filter((s) => s.outcome === "enabled").map((s) => stepName(s.step))).toEqual([
            "TeamSync.Plugins.MembershipPropagationPlugin: Disassociate of any Entity (synchronous)",
        ]);
        expect(org.store.retrieve(ProcessingStep.logicalName, id)?.[ProcessingStep.stateCode]).toBe(StepState.enabled);
    });

    it("registers a missing Update step on its table, filtered on the column it waits for", async () => {
        const org = propagationOrg();
        const name = "TeamSync.Plugins.RoleChangeReconcilePlugin: Update of systemuser";
        const shippedRow = rowOf(org, ProcessingStep.logicalName, ProcessingStep.name, name);
        org.store.delete(ProcessingStep.logicalName, String(shippedRow?.[ProcessingStep.id]));
        const report = await org.service.turnOnPropagation(() => undefined);
        expect(report.steps.find((s) => stepName(s.step) === name)?.outcome).toBe("created");
        const row = rowOf(org, ProcessingStep.logicalName, ProcessingStep.name, name);
        const columns = [
            ProcessingStep.messageValue,
            ProcessingStep.filterValue,
            ProcessingStep.stage,
            ProcessingStep.mode,
            ProcessingStep.filteringAttributes,
        ];
        expect(columns.map((c) => row?.[c])).toEqual(columns.map((c) => shippedRow?.[c]));
        expect(row?.[ProcessingStep.filteringAttributes]).toBe("businessunitid");
    });

    it("adds the steps it creates to the TeamSync solution when it is unmanaged, and not when managed", async () => {
        const unmanaged = propagationOrg();
        await unmanaged.service.turnOnPropagation(() => undefined);
        const created = unmanaged.store
            .rows(ProcessingStep.logicalName)
            .filter((row) => /: (AddMembers|RemoveMembers) of team/.test(String(row[ProcessingStep.name])))
            .map((row) => row[ProcessingStep.id]);
        expect(created).toHaveLength(NOT_SHIPPED);
        expect(
            unmanaged.store
                .rows(SOLUTION_COMPONENT.logicalName)
                .map((row) => [row[SOLUTION_COMPONENT.objectId], row[SOLUTION_COMPONENT.componentType]])
                .sort(),
        ).toEqual(created.map((id) => [id, 92]).sort());

        const managed = propagationOrg({ seed: { unmanaged: false, stepsEnabled: true, nightlyReconcileOn: true } });
        const report = await managed.service.turnOnPropagation(() => undefined);
        expect(report.steps.filter((s) => s.outcome === "created").map((s) => [s.addedToSolution, s.error])).toEqual(
            Array.from({ length: NOT_SHIPPED }, () => [false, null]),
        );
        expect(managed.actionCalls).toEqual([]);
    });

    it("is idempotent: a second run writes nothing and says every step is already on", async () => {
        const org = propagationOrg();
        await org.service.turnOnPropagation(() => undefined);
        const before = org.webApi.requests.length;
        const progress: string[] = [];
        const again = await org.service.turnOnPropagation((done, total) => progress.push(`${done}/${total}`));
        expect(again.steps.map((s) => s.outcome)).toEqual(REQUIRED_STEPS.map(() => "alreadyOn"));
        expect(writes(org.webApi.requests.slice(before))).toEqual([]);
        expect(progress).toEqual(
            Array.from({ length: REQUIRED_STEPS.length + 1 }, (_, i) => `${i}/${REQUIRED_STEPS.length}`),
        );
        expect(org.store.rows(ProcessingStep.logicalName)).toHaveLength(REQUIRED_STEPS.length);
    });

    it("enables the shipped steps that the import left turned off, instead of registering them twice", async () => {
        const org = propagationOrg({ seed: { unmanaged: true, stepsEnabled: false, nightlyReconcileOn: false } });
        const status = await org.service.propagationStatus();
        expect(status.steps.map((s) => [s.registered, s.enabled])).toEqual(
            REQUIRED_STEPS.map((s) => (shipped(s) ? [true, false] : [false, false])),
        );
        const report = await org.service.turnOnPropagation(() => undefined);
        expect(report.steps.map((s) => s.outcome)).toEqual(
            REQUIRED_STEPS.map((s) => (shipped(s) ? "enabled" : "created")),
        );
        expect(
            org.store
                .rows(ProcessingStep.logicalName)
                .map((row) => [row[ProcessingStep.stateCode], row[ProcessingStep.statusCode]]),
        ).toEqual(REQUIRED_STEPS.map(() => [StepState.enabled, StepStatus.enabled]));
    });

    it("reports a refused write per step and keeps going, leaving the steps that were on as they were", async () => {
        const org = propagationOrg({
            webApi: {
                fault: (r) => (r.method !== "GET" ? privilegeDenied("prvCreateSdkMessageProcessingStep") : undefined),
            },
        });
        const report = await org.service.turnOnPropagation(() => undefined);
        expect(report.steps.map((s) => [s.outcome, s.error?.kind ?? null])).toEqual(
            REQUIRED_STEPS.map((s) => (shipped(s) ? ["alreadyOn", null] : ["failed", "privilege"])),
        );
        expect(org.store.rows(ProcessingStep.logicalName)).toHaveLength(SHIPPED_MEMBERSHIP_STEPS.length);
    });

    it("stops before writing when the org lacks a message, a filter or the plug-in type, naming it", async () => {
        const noMessage = propagationOrg();
        noMessage.store.delete(
            SdkMessage.logicalName,
            String(rowOf(noMessage, SdkMessage.logicalName, SdkMessage.name, "RemoveMembers")?.[SdkMessage.id]),
        );
        const stopped = await noMessage.service.turnOnPropagation(() => undefined);
        expect([stopped.steps, stopped.stopped?.key, stopped.stopped?.args]).toEqual([
            [],
            "Propagation_Error_NoMessage",
            ["RemoveMembers"],
        ]);
        expect(writes(noMessage.webApi.requests)).toEqual([]);

        const noFilter = propagationOrg();
        const addMembers = rowOf(noFilter, SdkMessage.logicalName, SdkMessage.name, "AddMembers")?.[SdkMessage.id];
        noFilter.store.delete(
            SdkMessageFilter.logicalName,
            String(
                rowOf(noFilter, SdkMessageFilter.logicalName, SdkMessageFilter.messageValue, addMembers)?.[
                    SdkMessageFilter.id
                ],
            ),
        );
        expect((await noFilter.service.turnOnPropagation(() => undefined)).stopped?.key).toBe(
            "Propagation_Error_NoFilter",
        );

        const noType = propagationOrg();
        noType.store.delete("plugintype", "85e5eb55-cc4e-5215-abed-80e9a9e8b5e9");
        const report = await noType.service.turnOnPropagation(() => undefined);
        expect([report.stopped?.key, report.stopped?.args]).toEqual([
            "Propagation_Error_NoPluginType",
            ["TeamSync.Plugins.RoleChangeReconcilePlugin"],
        ]);
    });

    it("takes a step another admin created a moment before as on", async () => {
        // The other run's create lands between this run's read and its own create of the same step.
        const org: PropagationOrg = propagationOrg({
            webApi: {
                fault: (r) => {
                    if (r.method !== "POST" || r.entity !== ProcessingStep.logicalName) return undefined;
                    org.store.create(r.entity, r.data ?? {});
                    return duplicateRecord(r.entity, String(r.data?.[ProcessingStep.id]));
                },
            },
        });
        const report = await org.service.turnOnPropagation(() => undefined);
        expect(report.steps.map((s) => s.outcome)).toEqual(REQUIRED_STEPS.map(() => "alreadyOn"));
        expect(org.store.rows(ProcessingStep.logicalName)).toHaveLength(REQUIRED_STEPS.length);
    });

    it("says a created step works but is not in the solution when AddSolutionComponent is refused", async () => {
        const org = propagationOrg();
        org.privileges.mayCustomize = false;
        const report = await org.service.turnOnPropagation(() => undefined);
        const created = report.steps.filter((s) => s.outcome === "created");
        expect(created.map((s) => [s.addedToSolution, s.error?.kind])).toEqual(
            Array.from({ length: NOT_SHIPPED }, () => [false, "privilege"]),
        );
    });
});
