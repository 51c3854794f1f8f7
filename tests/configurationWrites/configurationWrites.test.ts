/** @jest-environment node */
/**
 * Record writes → configuration, checked on the vectors of tests/vectors-writes that the plugin's
 * ConfigurationChange.ApplyTo runs too (Plugin/Tests/ConfigurationWriteVectorTests.cs): what the
 * editor previews (applyEdits) and what its save sends (planWrites), and the configuration the
 * editor loads (loadSyncData) and the playground's simulated plugin reads (readModel) after the
 * writes, all agree with the plugin.
 */
import { DataverseStore, FakeWebApi, StoreError } from "../../playground/dataverse";
import { readModel } from "../../playground/host/plugin/readSnapshot";
import { applyEdits } from "../../TeamSyncEditor/data/applyEdits";
import { loadSyncData } from "../../TeamSyncEditor/data/loadSyncData";
import { planWrites } from "../../TeamSyncEditor/data/planWrites";
import {
    Role,
    StateCode,
    StatusCode,
    SyncDirection,
    SyncGroup,
    SyncMember,
    Team,
    bindKey,
    bindValue,
} from "../../TeamSyncEditor/data/schema";
import type { LoadedOrg, Write } from "../../TeamSyncEditor/data/types";
import type { SyncModel } from "../../TeamSyncEditor/engine/types";
import { VectorConfiguration, VectorWrite, WriteVector, canonical, readWriteVectors } from "./writeVector";

const vectors = readWriteVectors();

/** The org as the control loads it, through the Web API of a Dataverse holding `store`'s records. */
const loadedFrom = (store: DataverseStore): Promise<LoadedOrg> => loadSyncData(new FakeWebApi(store));

const LOOKUP_TARGETS: Readonly<Record<string, string>> = {
    [SyncGroup.parentTeam]: Team.entitySet,
    [SyncMember.group]: SyncGroup.entitySet,
    [SyncMember.childTeam]: Team.entitySet,
    [SyncMember.requiredRole]: Role.entitySet,
};

const primaryId = (table: VectorWrite["table"]) => (table === SyncGroup.logicalName ? SyncGroup.id : SyncMember.id);

/** A save's Web API write as the step sees it: lookups by id; the new record's name and the status reason left out. */
function asVectorWrite(write: Write): VectorWrite {
    const columns: Record<string, string | number | null> = {};
    for (const [key, value] of Object.entries(write.data)) {
        if (
            key === primaryId(write.table) ||
            key === SyncGroup.statusCode ||
            (write.op === "create" && key === SyncGroup.name)
        )
            continue;
        if (key.endsWith("@odata.bind"))
            columns[key.slice(0, -"@odata.bind".length)] =
                value === null ? null : (/\(([^)]+)\)$/.exec(String(value))?.[1] ?? String(value));
        else columns[key] = value as string | number | null;
    }
    return { message: write.op === "create" ? "Create" : "Update", table: write.table, id: write.id, columns };
}

/** The Web API body of a vector's columns. */
function body(columns: Record<string, string | number | null>): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(columns)) {
        const entitySet = LOOKUP_TARGETS[column];
        if (entitySet === undefined) data[column] = value;
        else data[bindKey(column)] = value === null ? null : bindValue(entitySet, String(value));
    }
    return data;
}

const state = (value: number) => ({
    statecode: value,
    statuscode: value === StateCode.active ? StatusCode.active : StatusCode.inactive,
});

/** The playground's Dataverse holding the vector's records. */
function storeOf(vector: WriteVector): DataverseStore {
    const store = new DataverseStore();
    for (const id of vector.teams) store.create(Team.logicalName, { [Team.id]: id, [Team.name]: id });
    for (const role of vector.roles) store.create(Role.logicalName, { [Role.id]: role.id, [Role.name]: role.id });
    for (const role of vector.roles)
        store.update(Role.logicalName, role.id, {
            [bindKey("parentrootroleid")]: bindValue(Role.entitySet, role.root),
        });
    for (const c of vector.before.configurations) {
        store.create(SyncGroup.logicalName, {
            [SyncGroup.id]: c.id,
            ...body({
                [SyncGroup.parentTeam]: c.parent,
                [SyncGroup.direction]:
                    c.direction === "bidirectional" ? SyncDirection.bidirectional : SyncDirection.oneWay,
            }),
            ...state(c.active ? StateCode.active : StateCode.inactive),
        });
        for (const m of c.members) {
            store.create(SyncMember.logicalName, {
                [SyncMember.id]: m.id,
                ...body({
                    [SyncMember.group]: c.id,
                    [SyncMember.childTeam]: m.child,
                    [SyncMember.order]: m.order,
                    [SyncMember.requiredRole]: m.role,
                }),
                ...state(m.active ? StateCode.active : StateCode.inactive),
            });
        }
    }
    return store;
}

/** One write through the playground's Dataverse; one it refuses (the record does not exist) changes nothing. */
function send(store: DataverseStore, write: VectorWrite): void {
    try {
        if (write.message === "Create")
            store.create(write.table, { [primaryId(write.table)]: write.id, ...body(write.columns ?? {}) });
        else if (write.message === "Update") store.update(write.table, write.id, body(write.columns ?? {}));
        else if (write.message === "Delete") store.delete(write.table, write.id);
        else store.update(write.table, write.id, state(write.state ?? StateCode.active));
    } catch (e) {
        if (!(e instanceof StoreError)) throw e;
    }
}

const configurationsOf = (model: SyncModel): VectorConfiguration[] =>
    canonical(model.configs.map((c) => ({ ...c, members: c.members.map((m) => ({ ...m })) })));

describe("configuration-write vectors", () => {
    it("are there, each with writes", () => {
        expect(vectors.length).toBeGreaterThanOrEqual(10);
        for (const vector of vectors) expect(vector.writes.length).toBeGreaterThan(0);
    });

    describe.each(vectors.filter((v) => v.edits !== undefined).map((v) => [v.file, v] as const))(
        "%s: the editor",
        (_file, vector) => {
            it("saves exactly the vector's writes", async () => {
                expect(
                    planWrites(await loadedFrom(storeOf(vector)), vector.edits ?? [], vector.seed ?? "").map(
                        asVectorWrite,
                    ),
                ).toEqual(vector.writes);
            });

            it("previews the configuration the plugin computes", async () => {
                expect(
                    configurationsOf(
                        applyEdits(await loadedFrom(storeOf(vector)), vector.edits ?? [], vector.seed ?? ""),
                    ),
                ).toEqual(canonical(vector.after.configurations));
            });
        },
    );

    describe.each(vectors.map((v) => [v.file, v] as const))("%s: the editor's load", (_file, vector) => {
        it("reads the configuration the plugin computes once the writes are made", async () => {
            const store = storeOf(vector);
            for (const write of vector.writes) send(store, write);
            expect(configurationsOf((await loadedFrom(store)).model)).toEqual(canonical(vector.after.configurations));
        });
    });

    describe.each(vectors.map((v) => [v.file, v] as const))("%s: the playground", (_file, vector) => {
        it("reads the configuration the plugin computes once the writes are made", () => {
            const store = storeOf(vector);
            for (const write of vector.writes) send(store, write);
            expect(configurationsOf(readModel(store))).toEqual(canonical(vector.after.configurations));
        });
    });
});
