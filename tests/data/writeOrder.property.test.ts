/**
 * The server validates each write against the state at that moment and refuses one that brings in
 * an error (Plugin/Plugins/ConfigurationValidationPlugin.cs: errors after the write, by code and
 * teams, that were not there before it). Property: whatever the loaded records (errors included)
 * and the edits, when the end state has no error (the editor saves only then) and some order of
 * the writes reaches it without a refusal (found by search), the planned order, sent to the
 * in-memory Dataverse, brings in no error on the way, checked with the same validation engine
 * after every write. Some edit sets have no such order (two links between the same teams both
 * made bidirectional: whichever moves first conflicts with the other): no order can save them.
 */
import fc from "fast-check";
import {
    DataverseStore,
    FakeWebApi,
    seedBusinessUnit,
    seedConfiguration,
    seedMember,
    seedRole,
    seedTeam,
} from "../../playground/dataverse";
import { applyEdits } from "../../TeamSyncEditor/data/applyEdits";
import { loadSyncData } from "../../TeamSyncEditor/data/loadSyncData";
import { toSyncModel } from "../../TeamSyncEditor/data/mapOrg";
import { planWrites } from "../../TeamSyncEditor/data/planWrites";
import { resolveEdits } from "../../TeamSyncEditor/data/resolveEdits";
import { bindKey, SyncGroup, SyncMember } from "../../TeamSyncEditor/data/schema";
import type { EditChange, LoadedOrg, Write } from "../../TeamSyncEditor/data/types";
import type { Direction, SyncModel } from "../../TeamSyncEditor/engine/types";
import { validate } from "../../TeamSyncEditor/engine/validate";

const SEED = "write-order";
const TEAMS = 5;

interface RawMember {
    child: number;
    order: number | null;
    role: number | null;
    active: boolean;
}
interface RawConfig {
    parent: number;
    direction: Direction;
    active: boolean;
    members: RawMember[];
}
/** An edit with its targets as numbers, resolved against the records as they stand when it is made. */
type RawEdit =
    | {
          kind: "addLink";
          parent: number;
          child: number;
          direction: Direction;
          order: number | null;
          role: number | null;
      }
    | { kind: "removeLink" | "activateMember" | "deactivateMember"; member: number }
    | { kind: "changeDirection"; member: number; direction: Direction }
    | { kind: "changeOrder"; member: number; order: number | null }
    | { kind: "changeRole"; member: number; role: number | null }
    | { kind: "activateConfiguration" | "deactivateConfiguration"; configuration: number };

const team = fc.integer({ min: 0, max: TEAMS - 1 });
const direction = fc.constantFrom<Direction>("one-way", "bidirectional");
const order = fc.option(fc.integer({ min: 1, max: 3 }), { nil: null });
const role = fc.option(fc.integer({ min: 0, max: 1 }), { nil: null, freq: 3 });
const index = fc.nat(30);
const rawConfig: fc.Arbitrary<RawConfig> = fc.record({
    parent: team,
    direction,
    active: fc.boolean(),
    members: fc.array(fc.record({ child: team, order, role, active: fc.boolean() }), { maxLength: 3 }),
});
const rawEdit: fc.Arbitrary<RawEdit> = fc.oneof(
    fc.record({ kind: fc.constant("addLink" as const), parent: team, child: team, direction, order, role }),
    fc.record({
        kind: fc.constantFrom("removeLink" as const, "activateMember" as const, "deactivateMember" as const),
        member: index,
    }),
    fc.record({ kind: fc.constant("changeDirection" as const), member: index, direction }),
    fc.record({ kind: fc.constant("changeOrder" as const), member: index, order }),
    fc.record({ kind: fc.constant("changeRole" as const), member: index, role }),
    fc.record({
        kind: fc.constantFrom("activateConfiguration" as const, "deactivateConfiguration" as const),
        configuration: index,
    }),
);

interface Org {
    webApi: FakeWebApi;
    teams: string[];
    roles: string[];
}

function seedOrg(configs: readonly RawConfig[]): Org {
    const store = new DataverseStore();
    const bu = seedBusinessUnit(store, "Bank");
    const teams = Array.from({ length: TEAMS }, (_, i) => seedTeam(store, { name: `T${i}`, businessUnitId: bu }));
    const roles = [seedRole(store, "R0", bu), seedRole(store, "R1", bu)];
    configs.forEach((c, i) => {
        const configurationId = seedConfiguration(store, {
            name: `G${i}`,
            parentTeamId: teams[c.parent],
            direction: c.direction,
            active: c.active,
        });
        c.members.forEach((m, j) =>
            seedMember(store, {
                name: `G${i}M${j}`,
                configurationId,
                childTeamId: teams[m.child],
                order: m.order,
                roleId: m.role === null ? null : roles[m.role],
                active: m.active,
            }),
        );
    });
    return { webApi: new FakeWebApi(store), teams, roles };
}

function toChanges(loaded: LoadedOrg, org: Org, edits: readonly RawEdit[]): EditChange[] {
    const members = loaded.members.map((m) => m.id);
    const configurations = loaded.configurations.map((c) => c.id);
    const changes: EditChange[] = [];
    const pick = <T>(items: readonly T[], i: number): T | undefined =>
        items.length === 0 ? undefined : items[i % items.length];
    const roleId = (r: number | null) => (r === null ? null : org.roles[r]);
    edits.forEach((edit, i) => {
        if (edit.kind === "addLink") {
            // Unlike the ids the in-memory Dataverse hands out.
            const memberId = `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, "0")}`;
            members.push(memberId);
            changes.push({
                kind: "addLink",
                memberId,
                parentTeamId: org.teams[edit.parent],
                childTeamId: org.teams[edit.child],
                direction: edit.direction,
                order: edit.order,
                roleId: roleId(edit.role),
            });
            return;
        }
        if ("configuration" in edit) {
            const id = pick(configurations, edit.configuration);
            if (id)
                changes.push({
                    kind: edit.kind === "activateConfiguration" ? "activate" : "deactivate",
                    table: "configuration",
                    id,
                });
            return;
        }
        const memberId = pick(members, edit.member);
        if (!memberId) return;
        switch (edit.kind) {
            case "removeLink":
                return void changes.push({ kind: "removeLink", memberId });
            case "activateMember":
            case "deactivateMember":
                return void changes.push({
                    kind: edit.kind === "activateMember" ? "activate" : "deactivate",
                    table: "member",
                    id: memberId,
                });
            case "changeDirection":
                return void changes.push({ kind: "changeDirection", memberId, direction: edit.direction });
            case "changeOrder":
                return void changes.push({ kind: "changeOrder", memberId, order: edit.order });
            case "changeRole":
                return void changes.push({ kind: "changeRole", memberId, roleId: roleId(edit.role) });
        }
    });
    return changes;
}

/** Whether some order of the writes, one record each, goes from the loaded records to the end without a refusal. */
function safeOrderExists(loaded: LoadedOrg, changes: readonly EditChange[], writes: readonly Write[]): boolean {
    const edited = resolveEdits(loaded, changes, SEED);
    const target = (write: Write) =>
        write.table === SyncGroup.logicalName
            ? edited.configurations.find((c) => c.id === write.id)!
            : edited.members.find((m) => m.id === write.id)!;
    const modelOf = (done: number): SyncModel => {
        const written = writes.filter((_, i) => done & (1 << i));
        const configurations = loaded.configurations.map((c) =>
            written.some((w) => w.id === c.id) ? (target(writes.find((w) => w.id === c.id)!) as typeof c) : c,
        );
        const members = loaded.members.map((m) =>
            written.some((w) => w.id === m.id) ? (target(writes.find((w) => w.id === m.id)!) as typeof m) : m,
        );
        for (const w of written) {
            if (w.op !== "create") continue;
            if (w.table === SyncGroup.logicalName) configurations.push(target(w) as (typeof configurations)[number]);
            else members.push(target(w) as (typeof members)[number]);
        }
        return toSyncModel(loaded.teams, loaded.roles, configurations, members);
    };
    const all = (1 << writes.length) - 1;
    const seen = new Set<number>();
    const reach = (done: number): boolean => {
        if (done === all) return true;
        if (seen.has(done)) return false;
        seen.add(done);
        const before = modelOf(done);
        return writes.some((w, i) => {
            if (done & (1 << i)) return false;
            // A member binds only to a configuration that exists.
            const group = boundConfiguration(w);
            const pendingGroup = writes.findIndex((x) => x.op === "create" && x.id === group);
            if (pendingGroup >= 0 && !(done & (1 << pendingGroup))) return false;
            const next = done | (1 << i);
            return newErrors(before, modelOf(next)).length === 0 && reach(next);
        });
    };
    return reach(0);
}

/** The server's test: the errors after a write, by code and teams, that were not there before it. */
function newErrors(before: SyncModel, after: SyncModel): string[] {
    const key = (issue: { code: string; teams: readonly string[] }) => `${issue.code}|${issue.teams.join(",")}`;
    const existing = new Set(
        validate(before)
            .filter((i) => i.severity === "error")
            .map(key),
    );
    return validate(after)
        .filter((i) => i.severity === "error" && !existing.has(key(i)))
        .map(key);
}

/** The configuration a member write binds to, if any. */
function boundConfiguration(write: Write): string | null {
    const bind = write.data[bindKey(SyncMember.group)];
    return typeof bind === "string" ? bind.slice(bind.indexOf("(") + 1, bind.indexOf(")")) : null;
}

async function send(webApi: FakeWebApi, write: Write): Promise<void> {
    if (write.op === "create") await webApi.createRecord(write.table, write.data);
    else await webApi.updateRecord(write.table, write.id, write.data);
}

describe("the order of a save's writes", () => {
    it("brings in no error on the way to an end state without errors whenever some order can (the server's rule, after every write)", async () => {
        await fc.assert(
            fc.asyncProperty(
                fc.array(rawConfig, { maxLength: 5 }),
                fc.array(rawEdit, { minLength: 1, maxLength: 8 }),
                async (configs, edits) => {
                    const org = seedOrg(configs);
                    const loaded = await loadSyncData(org.webApi);
                    const changes = toChanges(loaded, org, edits);
                    const end = applyEdits(loaded, changes, SEED);
                    // The editor saves only when no error stands.
                    fc.pre(validate(end).every((issue) => issue.severity !== "error"));
                    const writes = planWrites(loaded, changes, SEED);
                    fc.pre(safeOrderExists(loaded, changes, writes));
                    let before = loaded.model;
                    let configurations = new Set(loaded.configurations.map((c) => c.id));
                    for (const write of writes) {
                        // A member is written only into a configuration that exists by then.
                        const group = boundConfiguration(write);
                        if (group !== null) expect([...configurations]).toContain(group);
                        await send(org.webApi, write);
                        const reloaded = await loadSyncData(org.webApi);
                        configurations = new Set(reloaded.configurations.map((c) => c.id));
                        const after = reloaded.model;
                        expect({
                            write: `${write.op} ${write.name} ${JSON.stringify(write.data)}`,
                            refused: newErrors(before, after),
                        }).toEqual({ write: expect.any(String), refused: [] });
                        before = after;
                    }
                    expect(validate(before)).toEqual(validate(end));
                },
            ),
            { numRuns: 300 },
        );
    });

    it("sends a deactivation and the reverse activation in an order the server accepts: deactivate A→B, then activate B→A", async () => {
        const org = seedOrg([
            {
                parent: 0,
                direction: "one-way",
                active: true,
                members: [{ child: 1, order: 1, role: null, active: true }],
            },
            {
                parent: 1,
                direction: "one-way",
                active: false,
                members: [{ child: 0, order: 1, role: null, active: true }],
            },
        ]);
        const loaded = await loadSyncData(org.webApi);
        const ab = loaded.members.find((m) => m.childTeamId === org.teams[1])!.id;
        const ba = loaded.configurations.find((c) => c.parentTeamId === org.teams[1])!.id;
        const changes: EditChange[] = [
            { kind: "deactivate", table: "member", id: ab },
            { kind: "activate", table: "configuration", id: ba },
        ];
        const writes = planWrites(loaded, changes, SEED);
        expect(writes.map((w) => w.id)).toEqual([ab, ba]);
        let before = loaded.model;
        for (const write of writes) {
            await send(org.webApi, write);
            const after = (await loadSyncData(org.webApi)).model;
            expect(newErrors(before, after)).toEqual([]);
            before = after;
        }
    });
});
