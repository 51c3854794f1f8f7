// Pure tests of the playground's sample data and simulated plugin (no browser): the store the
// browser tests drive must hold what the samples say, and the plugin must follow the spec.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { stepName } from "../../../TeamSyncEditor/data/propagation/requiredSteps";
import { ProcessingStep, StepState, StepStatus, SyncLog, TeamMembership } from "../../../TeamSyncEditor/data/schema";
import { validate } from "../../../TeamSyncEditor/engine/validate";
import { seedPlatform } from "../../../playground/dataverse/seedPlatform";
import { DataverseStore } from "../../../playground/dataverse/store";
import { readSnapshot } from "../../../playground/host/plugin/readSnapshot";
import {
    applyManualChange,
    runPlugin,
    type ManualChange,
    type PluginRunResult,
} from "../../../playground/host/plugin/runPlugin";
import { commercialLending, commercialLendingTeamId } from "../../../playground/host/sampleData/commercialLending";
import { generateLargeOrg, LARGE_ORG_LINKS, LARGE_ORG_TEAMS } from "../../../playground/host/sampleData/largeOrg";
import { seedStore } from "../../../playground/host/sampleData/seedStore";

const team = commercialLendingTeamId;
const userNamed = (name: string) => {
    const user = commercialLending.users.find((candidate) => candidate.fullName === name);
    if (!user) throw new Error(name);
    return user.id;
};
const roleNamed = (name: string) => commercialLending.roles.find((role) => role.name === name)?.id ?? "";

/** As the playground opens it: reconciled, then the solution imported (its steps on, AddMembers/RemoveMembers not registered). */
function seededCommercialLending(): DataverseStore {
    const store = new DataverseStore();
    seedStore(commercialLending, store);
    runPlugin(store, { kind: "reconcileAll" }, commercialLending.adminUserId, "seed");
    seedPlatform(store, { unmanaged: true, stepsEnabled: true, nightlyReconcileOn: false });
    return store;
}

function turnOff(store: DataverseStore, name: string): void {
    const step = store.rows(ProcessingStep.logicalName).find((row) => row[ProcessingStep.name] === name);
    assert.ok(step, `no step ${name}`);
    store.update(ProcessingStep.logicalName, String(step[ProcessingStep.id]), {
        [ProcessingStep.stateCode]: StepState.disabled,
        [ProcessingStep.statusCode]: StepStatus.disabled,
    });
}

const ASSOCIATE_SYNC = "TeamSync.Plugins.MembershipPropagationPlugin: Associate of any Entity (synchronous)";
const ASSOCIATE_ASYNC = "TeamSync.Plugins.MembershipPropagationPlugin: Associate of any Entity";

/** A manual change whose jobs then run: the request's result and the operations its jobs made. */
function changeAndRun(store: DataverseStore, change: ManualChange, correlationId: string) {
    const operations: PluginRunResult["operations"] = [];
    const request = applyManualChange(store, change, commercialLending.adminUserId, correlationId, (run) =>
        operations.push(...run.operations),
    );
    store.jobs.runAll();
    return { ...request, operations };
}

function teamsOf(store: DataverseStore, userId: string): Set<string> {
    return new Set(
        store
            .rows(TeamMembership.logicalName)
            .filter((row) => row[TeamMembership.userId] === userId)
            .map((row) => String(row[TeamMembership.teamId])),
    );
}

describe("Commercial Lending sample", () => {
    test("its configuration is valid: no validation error", () => {
        const errors = validate(readSnapshot(seededCommercialLending()).model).filter(
            (issue) => issue.severity === "error",
        );
        assert.deepEqual(errors, []);
    });

    test("seeding reconciles: the Entra group's member syncs onward, the role decides Approval Queue", () => {
        const store = seededCommercialLending();
        const chen = teamsOf(store, userNamed("Chen Wei"));
        for (const name of [
            "Commercial Lending Team",
            "Private Workspace",
            "Reporting Access",
            "Document Library",
        ] as const)
            assert.ok(chen.has(team(name)), name);
        assert.ok(!chen.has(team("Approval Queue")));
        assert.ok(teamsOf(store, userNamed("Avery Lindqvist")).has(team("Approval Queue")));
        assert.ok(teamsOf(store, userNamed("Dmitri Volkov")).has(team("Underwriting")), "bidirectional pair");
        assert.ok(
            teamsOf(store, userNamed("Elena García")).has(team("Credit Risk")),
            "bidirectional pair, reverse edge",
        );
    });

    test("role copies count as their root role (docs/semantics.md §1)", () => {
        const snapshot = readSnapshot(seededCommercialLending());
        assert.deepEqual(
            [...(snapshot.userRoles.get(userNamed("Avery Lindqvist")) ?? [])],
            [roleNamed("Senior Loan Officer")],
        );
        assert.equal(snapshot.model.roles.length, commercialLending.roles.length);
    });

    test("a join adds the children in order and logs the manual change, then each sync change with its path", () => {
        const store = seededCommercialLending();
        const gustav = userNamed("Gustav Berg");
        const before = store.rows(SyncLog.logicalName).length;
        const result = changeAndRun(store, { kind: "join", user: gustav, team: team("Commercial Lending Team") }, "c1");
        assert.deepEqual(
            result.operations.map((operation) => operation.team),
            [team("Private Workspace"), team("Reporting Access"), team("Document Library")],
        );
        const rows = store.rows(SyncLog.logicalName).slice(before);
        assert.deepEqual(
            rows.map((row) => [row[SyncLog.cause], row[SyncLog.path], row[SyncLog.correlationId]]),
            [
                [1, "Commercial Lending Team", "c1"],
                [2, "Commercial Lending Team → Private Workspace", "c1"],
                [2, "Commercial Lending Team → Reporting Access", "c1"],
                [2, "Commercial Lending Team → Document Library", "c1"],
            ],
        );
    });

    test("provenance comes from the log: a leave keeps a manual child and removes the synced ones", () => {
        const store = seededCommercialLending();
        const gustav = userNamed("Gustav Berg");
        changeAndRun(store, { kind: "join", user: gustav, team: team("Document Library") }, "c1");
        changeAndRun(store, { kind: "join", user: gustav, team: team("Commercial Lending Team") }, "c2");
        const result = changeAndRun(
            store,
            { kind: "leave", user: gustav, team: team("Commercial Lending Team") },
            "c3",
        );
        assert.deepEqual(
            result.operations.map((operation) => [operation.op, operation.team]),
            [
                ["remove", team("Private Workspace")],
                ["remove", team("Reporting Access")],
            ],
        );
        assert.ok(teamsOf(store, gustav).has(team("Document Library")));
    });

    test("giving and taking the required role reconciles that user (docs/semantics.md §8 example 8)", () => {
        const store = seededCommercialLending();
        const bianca = userNamed("Bianca Okafor");
        const given = changeAndRun(
            store,
            { kind: "giveRole", user: bianca, role: roleNamed("Senior Loan Officer") },
            "c1",
        );
        assert.deepEqual(
            given.operations.map((operation) => [operation.op, operation.team]),
            [["add", team("Approval Queue")]],
        );
        const taken = changeAndRun(
            store,
            { kind: "takeRole", user: bianca, role: roleNamed("Senior Loan Officer") },
            "c2",
        );
        assert.deepEqual(
            taken.operations.map((operation) => [operation.op, operation.team]),
            [["remove", team("Approval Queue")]],
        );
        assert.ok(!teamsOf(store, bianca).has(team("Approval Queue")));
    });

    test("a join runs only the steps the org has on: without the synchronous one nothing is logged as manual, without the asynchronous one nothing propagates", () => {
        const gustav = userNamed("Gustav Berg");
        const join = { kind: "join", user: gustav, team: team("Commercial Lending Team") } as const;

        const noLogging = seededCommercialLending();
        turnOff(noLogging, ASSOCIATE_SYNC);
        const before = noLogging.rows(SyncLog.logicalName).length;
        const propagated = changeAndRun(noLogging, join, "c1");
        assert.deepEqual(propagated.stepsOff.map(stepName), [ASSOCIATE_SYNC]);
        assert.equal(propagated.operations.length, 3);
        assert.deepEqual(
            noLogging
                .rows(SyncLog.logicalName)
                .slice(before)
                .map((row) => row[SyncLog.cause]),
            [2, 2, 2],
        );

        const noPropagation = seededCommercialLending();
        turnOff(noPropagation, ASSOCIATE_ASYNC);
        const rowsBefore = noPropagation.rows(SyncLog.logicalName).length;
        const logged = changeAndRun(noPropagation, join, "c2");
        assert.deepEqual([logged.stepsOff.map(stepName), logged.operations], [[ASSOCIATE_ASYNC], []]);
        assert.deepEqual(
            [...teamsOf(noPropagation, gustav)].filter((id) => id !== team("Commercial Lending Team")),
            [...teamsOf(seededCommercialLending(), gustav)],
        );
        assert.deepEqual(
            noPropagation
                .rows(SyncLog.logicalName)
                .slice(rowsBefore)
                .map((row) => [row[SyncLog.cause], row[SyncLog.correlationId]]),
            [[1, "c2"]],
        );
    });

    test("a role change does nothing while RoleChangeReconcilePlugin's step is missing", () => {
        const store = seededCommercialLending();
        const bianca = userNamed("Bianca Okafor");
        const step = store
            .rows(ProcessingStep.logicalName)
            .find(
                (row) =>
                    row[ProcessingStep.name] === "TeamSync.Plugins.RoleChangeReconcilePlugin: Associate of any Entity",
            );
        store.delete(ProcessingStep.logicalName, String(step?.[ProcessingStep.id]));
        const given = changeAndRun(
            store,
            { kind: "giveRole", user: bianca, role: roleNamed("Senior Loan Officer") },
            "c1",
        );
        assert.deepEqual(
            [given.operations, given.stepsOff.map(stepName)],
            [[], ["TeamSync.Plugins.RoleChangeReconcilePlugin: Associate of any Entity"]],
        );
        assert.ok(!teamsOf(store, bianca).has(team("Approval Queue")));
    });

    test("the store survives JSON (localStorage) with the same answers", () => {
        const store = seededCommercialLending();
        const copy = DataverseStore.fromJSON(JSON.parse(JSON.stringify(store.toJSON())));
        assert.deepEqual(readSnapshot(copy), readSnapshot(store));
    });
});

describe("Large org sample", () => {
    test("has 2,000 teams and 5,000 active links, no validation error, and is the same every time", () => {
        const org = generateLargeOrg();
        assert.equal(org.teams.filter((candidate) => !candidate.isDefault).length, LARGE_ORG_TEAMS);
        assert.equal(
            org.configurations.reduce((sum, configuration) => sum + configuration.members.length, 0),
            LARGE_ORG_LINKS,
        );
        const store = new DataverseStore();
        seedStore(org, store);
        const issues = validate(readSnapshot(store).model);
        assert.deepEqual(
            issues.filter((issue) => issue.severity === "error"),
            [],
        );
        assert.ok(
            issues.some((issue) => issue.code === "wide-cascade"),
            "a large org warns of wide cascades",
        );
        assert.deepEqual(generateLargeOrg(), org);
    });
});
