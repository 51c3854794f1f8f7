// The playground's simulated plugin reacts to configuration saves as ConfigurationReconcilePlugin
// does (docs/semantics.md §6): what the Save dialog's edit preview promised is what the store and log then hold.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
    SyncGroup,
    SyncLog,
    SyncMember,
    StateCode,
    StatusCode,
    Team,
    TeamMembership,
    bindKey,
    bindValue,
} from "../../../TeamSyncEditor/data/schema";
import { buildGraph } from "../../../TeamSyncEditor/engine/graph";
import { previewEdit } from "../../../TeamSyncEditor/engine/previewEdit";
import { DataverseStore } from "../../../playground/dataverse/store";
import { readModel, readSnapshot } from "../../../playground/host/plugin/readSnapshot";
import { runPlugin } from "../../../playground/host/plugin/runPlugin";
import { watchWrites } from "../../../playground/host/plugin/watchWrites";
import { commercialLending, commercialLendingTeamId } from "../../../playground/host/sampleData/commercialLending";
import { seedStore } from "../../../playground/host/sampleData/seedStore";

const team = commercialLendingTeamId;

function seeded(): DataverseStore {
    const store = new DataverseStore();
    seedStore(commercialLending, store);
    runPlugin(store, { kind: "reconcileAll" }, commercialLending.adminUserId, "seed");
    return store;
}

function usersOf(store: DataverseStore, teamId: string): Set<string> {
    return new Set(
        store
            .rows(TeamMembership.logicalName)
            .filter((row) => row[TeamMembership.teamId] === teamId)
            .map((row) => String(row[TeamMembership.userId])),
    );
}

function configurationOf(store: DataverseStore, parent: string): string {
    const row = store.rows(SyncGroup.logicalName).find((candidate) => candidate[SyncGroup.parentTeamValue] === parent);
    assert.ok(row, `no configuration of ${parent}`);
    return String(row[SyncGroup.id]);
}

/** A watch whose deferred run the test starts itself (Dataverse runs an asynchronous step later). */
function watched(store: DataverseStore) {
    const deferred: (() => void)[] = [];
    const runs: number[] = [];
    let n = 0;
    const watch = watchWrites(store, {
        initiatingUserId: commercialLending.adminUserId,
        newCorrelationId: () => `config-${++n}`,
        onRun: (result) => runs.push(result.operations.length),
        defer: (run) => deferred.push(run),
    });
    return { watch, deferred, runs };
}

describe("simulated ConfigurationReconcilePlugin", () => {
    test("a new child link adds the parent's members to the child, as the edit preview promised, logged as sync", () => {
        const store = seeded();
        const { watch, deferred } = watched(store);
        const snapshot = readSnapshot(store);
        const treasury = team("Treasury Operations");
        const parent = team("Commercial Lending Team");
        store.create(SyncMember.logicalName, {
            [SyncMember.name]: "Treasury link",
            [bindKey(SyncMember.group)]: bindValue(SyncGroup.entitySet, configurationOf(store, parent)),
            [bindKey(SyncMember.childTeam)]: bindValue(Team.entitySet, treasury),
            [SyncMember.order]: 50,
        });
        const promised = previewEdit(
            buildGraph(snapshot.model),
            buildGraph(readModel(store)),
            snapshot.memberships,
            snapshot.userRoles,
        ).operations;
        assert.ok(promised.length > 0, "the edit promises memberships");
        assert.equal(deferred.length, 1, "the reaction waits, as an asynchronous step does");
        const logBefore = store.rows(SyncLog.logicalName).length;
        deferred[0]();
        for (const user of usersOf(store, parent))
            assert.ok(usersOf(store, treasury).has(user), `${user} joined Treasury Operations`);
        const logged = store.rows(SyncLog.logicalName).slice(logBefore);
        assert.deepEqual(
            logged.map((row) => [
                row[SyncLog.userValue],
                row[SyncLog.teamValue],
                row[SyncLog.cause],
                row[SyncLog.correlationId],
            ]),
            promised.map((op) => [op.user, op.team, 2, "config-1"]),
        );
        assert.deepEqual(watch.flush(), [], "nothing is left to do");
    });

    test("the writes of one save are taken together; deactivating a link removes what it synced", () => {
        const store = seeded();
        const { watch, deferred, runs } = watched(store);
        const documents = team("Document Library");
        const member = store.rows(SyncMember.logicalName).find((row) => row[SyncMember.childTeamValue] === documents);
        assert.ok(member);
        const syncedBefore = usersOf(store, documents).size;
        store.update(SyncMember.logicalName, String(member[SyncMember.id]), {
            [SyncMember.stateCode]: StateCode.inactive,
            [SyncMember.statusCode]: StatusCode.inactive,
        });
        store.update(SyncMember.logicalName, String(member[SyncMember.id]), { [SyncMember.name]: "renamed" });
        assert.equal(deferred.length, 1);
        deferred[0]();
        assert.equal(runs.length, 1);
        assert.ok(runs[0] > 0 && usersOf(store, documents).size < syncedBefore, "synced members left Document Library");
        watch.stop();
    });

    test("membership and log writes (the plugin's own) do not start it", () => {
        const store = seeded();
        const { deferred } = watched(store);
        runPlugin(store, { kind: "reconcileAll" }, commercialLending.adminUserId, "again");
        store.associate(TeamMembership.logicalName, team("Treasury Operations"), commercialLending.users[0].id);
        assert.equal(deferred.length, 0);
    });
});
