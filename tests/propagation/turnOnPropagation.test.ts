/** @jest-environment node */
/** "Turn on propagation" over the in-memory org: ids found by name, idempotent, into the unmanaged solution, and every failure said. */
import { privilegeDenied, type FakeRequest } from "../../playground/dataverse";
import { duplicateRecord } from "../../playground/dataverse/fakeErrors";
import { SOLUTION_COMPONENT } from "../../playground/dataverse/metadata";
import { REQUIRED_STEPS, stepName } from "../../TeamSyncEditor/data/propagation/requiredSteps";
import { ProcessingStep, SdkMessage, SdkMessageFilter, StepState, StepStatus } from "../../TeamSyncEditor/data/schema";
import { propagationOrg, type PropagationOrg } from "./propagationOrg";

const writes = (requests: FakeRequest[]) => requests.filter((r) => r.method !== "GET");
const outcomes = (report: Awaited<ReturnType<PropagationOrg["service"]["turnOnPropagation"]>>) => report.steps.map((s) => `${stepName(s.step)}: ${s.outcome}`);

function rowOf(org: PropagationOrg, table: string, column: string, value: unknown) {
    return org.store.rows(table).find((row) => row[column] === value);
}

describe("turn on propagation", () => {
    it("registers the missing AddMembers and RemoveMembers steps with this org's own message and filter ids, found by name", async () => {
        // Two orgs whose AddMembers messages have different ids: each gets steps on its own.
        const first = propagationOrg();
        const second = propagationOrg({ before: (store) => ["Assign", "GrantAccess", "Merge"].forEach((name) => store.create(SdkMessage.logicalName, { [SdkMessage.name]: name })) });
        for (const org of [first, second]) {
            const report = await org.service.turnOnPropagation(() => undefined);
            expect(report.stopped).toBeNull();
            expect(outcomes(report)).toEqual(REQUIRED_STEPS.map((s) => `${stepName(s)}: ${s.primaryTable === null ? "alreadyOn" : "created"}`));
            for (const message of ["AddMembers", "RemoveMembers"]) {
                const messageId = rowOf(org, SdkMessage.logicalName, SdkMessage.name, message)?.[SdkMessage.id];
                const filterId = rowOf(org, SdkMessageFilter.logicalName, SdkMessageFilter.messageValue, messageId)?.[SdkMessageFilter.id];
                const step = rowOf(org, ProcessingStep.logicalName, ProcessingStep.name, `TeamSync.Plugins.MembershipPropagationPlugin: ${message} of team`);
                expect([step?.[ProcessingStep.messageValue], step?.[ProcessingStep.filterValue], step?.[ProcessingStep.stage], step?.[ProcessingStep.mode], step?.[ProcessingStep.stateCode]]).toEqual([messageId, filterId, 40, 1, StepState.enabled]);
            }
        }
        const addMembersIds = [first, second].map((org) => rowOf(org, SdkMessage.logicalName, SdkMessage.name, "AddMembers")?.[SdkMessage.id]);
        expect(addMembersIds[0]).not.toEqual(addMembersIds[1]);
        expect((await first.service.propagationStatus()).steps.every((s) => s.registered && s.enabled)).toBe(true);
    });

    it("adds the steps it creates to the TeamSync solution when it is unmanaged, and not when managed", async () => {
        const unmanaged = propagationOrg();
        await unmanaged.service.turnOnPropagation(() => undefined);
        const created = unmanaged.store.rows(ProcessingStep.logicalName).filter((row) => String(row[ProcessingStep.name]).endsWith(" of team")).map((row) => row[ProcessingStep.id]);
        expect(unmanaged.store.rows(SOLUTION_COMPONENT.logicalName).map((row) => [row[SOLUTION_COMPONENT.objectId], row[SOLUTION_COMPONENT.componentType]]).sort()).toEqual(created.map((id) => [id, 92]).sort());

        const managed = propagationOrg({ seed: { unmanaged: false, stepsEnabled: true, nightlyReconcileOn: true } });
        const report = await managed.service.turnOnPropagation(() => undefined);
        expect(report.steps.filter((s) => s.outcome === "created").map((s) => [s.addedToSolution, s.error])).toEqual([[false, null], [false, null]]);
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
        expect(progress).toEqual(["0/6", "1/6", "2/6", "3/6", "4/6", "5/6", "6/6"]);
        expect(org.store.rows(ProcessingStep.logicalName)).toHaveLength(6);
    });

    it("enables the shipped steps that the import left turned off, instead of registering them twice", async () => {
        const org = propagationOrg({ seed: { unmanaged: true, stepsEnabled: false, nightlyReconcileOn: false } });
        const status = await org.service.propagationStatus();
        expect(status.steps.map((s) => [s.registered, s.enabled])).toEqual(REQUIRED_STEPS.map((s) => (s.primaryTable === null ? [true, false] : [false, false])));
        const report = await org.service.turnOnPropagation(() => undefined);
        expect(report.steps.map((s) => s.outcome)).toEqual(REQUIRED_STEPS.map((s) => (s.primaryTable === null ? "enabled" : "created")));
        expect(org.store.rows(ProcessingStep.logicalName).map((row) => [row[ProcessingStep.stateCode], row[ProcessingStep.statusCode]])).toEqual(REQUIRED_STEPS.map(() => [StepState.enabled, StepStatus.enabled]));
    });

    it("reports a refused write per step and keeps going, leaving the steps that were on as they were", async () => {
        const org = propagationOrg({ webApi: { fault: (r) => (r.method !== "GET" ? privilegeDenied("prvCreateSdkMessageProcessingStep") : undefined) } });
        const report = await org.service.turnOnPropagation(() => undefined);
        expect(report.steps.map((s) => [s.outcome, s.error?.kind ?? null])).toEqual(REQUIRED_STEPS.map((s) => (s.primaryTable === null ? ["alreadyOn", null] : ["failed", "privilege"])));
        expect(org.store.rows(ProcessingStep.logicalName)).toHaveLength(4);
    });

    it("stops before writing when the org lacks a message, a filter or the plug-in type, naming it", async () => {
        const noMessage = propagationOrg();
        noMessage.store.delete(SdkMessage.logicalName, String(rowOf(noMessage, SdkMessage.logicalName, SdkMessage.name, "RemoveMembers")?.[SdkMessage.id]));
        const stopped = await noMessage.service.turnOnPropagation(() => undefined);
        expect([stopped.steps, stopped.stopped?.key, stopped.stopped?.args]).toEqual([[], "Propagation_Error_NoMessage", ["RemoveMembers"]]);
        expect(writes(noMessage.webApi.requests)).toEqual([]);

        const noFilter = propagationOrg();
        const addMembers = rowOf(noFilter, SdkMessage.logicalName, SdkMessage.name, "AddMembers")?.[SdkMessage.id];
        noFilter.store.delete(SdkMessageFilter.logicalName, String(rowOf(noFilter, SdkMessageFilter.logicalName, SdkMessageFilter.messageValue, addMembers)?.[SdkMessageFilter.id]));
        expect((await noFilter.service.turnOnPropagation(() => undefined)).stopped?.key).toBe("Propagation_Error_NoFilter");

        const noType = propagationOrg();
        noType.store.delete("plugintype", "85e5eb55-cc4e-5215-abed-80e9a9e8b5e9");
        const report = await noType.service.turnOnPropagation(() => undefined);
        expect([report.stopped?.key, report.stopped?.args]).toEqual(["Propagation_Error_NoPluginType", ["TeamSync.Plugins.RoleChangeReconcilePlugin"]]);
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
        expect(org.store.rows(ProcessingStep.logicalName)).toHaveLength(6);
    });

    it("says a created step works but is not in the solution when AddSolutionComponent is refused", async () => {
        const org = propagationOrg();
        org.privileges.mayCustomize = false;
        const report = await org.service.turnOnPropagation(() => undefined);
        const created = report.steps.filter((s) => s.outcome === "created");
        expect(created.map((s) => [s.addedToSolution, s.error?.kind])).toEqual([[false, "privilege"], [false, "privilege"]]);
    });
});
