/** @jest-environment node */
/**
 * The playground's simulated plugin runs a membership change's steps as Dataverse does: the synchronous
 * step (logging the manual change) inside the request, the asynchronous one (propagating it) as a job of
 * the org's asynchronous service, after the request returns, in no promised order, planned from what
 * stands when it runs (docs/semantics.md §3–§5).
 */
import { DataverseStore } from "../../playground/dataverse";
import { seedPlatform } from "../../playground/dataverse/seedPlatform";
import { readSnapshot } from "../../playground/host/plugin/readSnapshot";
import {
    type ManualChange,
    type PluginRunResult,
    applyManualChange,
    runPlugin,
} from "../../playground/host/plugin/runPlugin";
import {
    commercialLending,
    commercialLendingTeamId as team,
    commercialLendingUserId,
} from "../../playground/host/sampleData/commercialLending";
import { seedStore } from "../../playground/host/sampleData/seedStore";
import { LogCauseValue, SyncLog, TeamMembership } from "../../TeamSyncEditor/data/schema";

const gustav = commercialLendingUserId("Gustav Berg");
const CHILDREN = (["Private Workspace", "Reporting Access", "Document Library"] as const).map((name) => team(name));

/** As the playground opens Commercial Lending: reconciled, the solution imported and propagation turned on. */
function org(options: ConstructorParameters<typeof DataverseStore>[1] = {}): DataverseStore {
    const store = new DataverseStore(undefined, options);
    seedStore(commercialLending, store);
    runPlugin(store, { kind: "reconcileAll" }, commercialLending.adminUserId, "seed");
    seedPlatform(store, { unmanaged: true, stepsEnabled: true, nightlyReconcileOn: false, propagationTurnedOn: true });
    return store;
}

const teamsOf = (store: DataverseStore, user: string) =>
    new Set(
        store
            .rows(TeamMembership.logicalName)
            .filter((row) => row[TeamMembership.userId] === user)
            .map((row) => String(row[TeamMembership.teamId])),
    );

const newLogRows = (store: DataverseStore, before: number) =>
    store
        .rows(SyncLog.logicalName)
        .slice(before)
        .map((row) => [row[SyncLog.teamValue], row[SyncLog.cause], row[SyncLog.correlationId]]);

/** Makes the changes one after the other, each a request that returns before any job runs; the runs in the order they came. */
function request(store: DataverseStore, changes: readonly ManualChange[]): string[] {
    const runs: string[] = [];
    changes.forEach((change, i) =>
        applyManualChange(store, change, commercialLending.adminUserId, `c${i + 1}`, (run: PluginRunResult) =>
            runs.push(run.correlationId),
        ),
    );
    return runs;
}

describe("the playground's membership steps", () => {
    it("log a join before its request returns and propagate it only when its job runs", () => {
        const store = org();
        const before = store.rows(SyncLog.logicalName).length;
        const runs: PluginRunResult[] = [];

        const result = applyManualChange(
            store,
            { kind: "join", user: gustav, team: team("Commercial Lending Team") },
            commercialLending.adminUserId,
            "c1",
            (run) => runs.push(run),
        );

        expect(CHILDREN.filter((child) => teamsOf(store, gustav).has(child))).toEqual([]);
        expect(newLogRows(store, before)).toEqual([[team("Commercial Lending Team"), LogCauseValue.manual, "c1"]]);
        expect([store.jobs.waiting, runs]).toEqual([1, []]);
        expect(result).toEqual({ correlationId: "c1", logged: true, queued: true, stepsOff: [] });

        store.jobs.runAll();

        expect(CHILDREN.filter((child) => teamsOf(store, gustav).has(child))).toEqual(CHILDREN);
        expect(newLogRows(store, before)).toEqual([
            [team("Commercial Lending Team"), LogCauseValue.manual, "c1"],
            ...CHILDREN.map((child) => [child, LogCauseValue.sync, "c1"]),
        ]);
        expect(runs.map((run) => run.operations.map((operation) => operation.team))).toEqual([CHILDREN]);
    });

    it("run the job on their own after the request, once it has returned", async () => {
        const store = org();
        applyManualChange(
            store,
            { kind: "join", user: gustav, team: team("Commercial Lending Team") },
            commercialLending.adminUserId,
            "c1",
        );
        expect(teamsOf(store, gustav).has(team("Private Workspace"))).toBe(false);
        await store.jobs.idle();
        expect(teamsOf(store, gustav).has(team("Private Workspace"))).toBe(true);
    });

    const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
    /** The final memberships with their provenance and the jobs' order, for each seed of the job queue. */
    const outcomes = (changes: readonly ManualChange[]) =>
        seeds.map((seed) => {
            const store = org({ jobs: { seed, schedule: () => undefined } });
            const runs = request(store, changes);
            store.jobs.runAll();
            return { order: runs.join(","), memberships: readSnapshot(store).memberships };
        });

    it("give the same memberships and causes whichever of two joins' jobs runs first", () => {
        const results = outcomes([
            { kind: "join", user: gustav, team: team("Loan Officers (Entra ID)") },
            { kind: "join", user: gustav, team: team("Commercial Lending Team") },
        ]);

        expect(new Set(results.map((r) => r.order))).toEqual(new Set(["c1,c2", "c2,c1"]));
        for (const { memberships } of results) expect(memberships).toEqual(results[0].memberships);
        const provenance = results[0].memberships.get(gustav);
        expect(CHILDREN.map((child) => provenance?.get(child))).toEqual(["sync", "sync", "sync"]);
        expect(provenance?.get(team("Commercial Lending Team"))).toBe("manual");
    });

    it("leave no one behind when a join is undone before its job runs, whichever job runs first", () => {
        const results = outcomes([
            { kind: "join", user: gustav, team: team("Commercial Lending Team") },
            { kind: "leave", user: gustav, team: team("Commercial Lending Team") },
        ]);

        expect(new Set(results.map((r) => r.order))).toEqual(new Set(["c1,c2", "c2,c1"]));
        for (const { memberships } of results) expect(memberships).toEqual(results[0].memberships);
        const teams = [...(results[0].memberships.get(gustav)?.keys() ?? [])];
        expect(teams.filter((id) => [team("Commercial Lending Team"), ...CHILDREN].includes(id))).toEqual([]);
    });
});
