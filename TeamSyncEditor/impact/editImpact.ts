/** The save confirmation's summary of unsaved edits (pure): the engine's edit preview, grouped and counted. */
import { SyncGraph } from "../engine/graph";
import { reconcile } from "../engine/reconcile";
import { Memberships, Operation, UserRoles } from "../engine/types";
import { EditImpact, ImpactGroup } from "./types";

/**
 * docs/semantics.md §6 "Edit preview", as the engine's `previewEdit` defines it (a test holds them equal), with the
 * reconcile before the edit computed once: it is both what the preview leaves out and the drift shown apart.
 */
export function editImpact(
    before: SyncGraph,
    after: SyncGraph,
    memberships: Memberships,
    userRoles: UserRoles,
): EditImpact {
    const drift = reconcile(before, memberships, userRoles).operations;
    const existing = new Set(drift.map(operationKey));
    const operations = reconcile(after, memberships, userRoles).operations.filter(
        (op) => !existing.has(operationKey(op)),
    );
    const adds = operations.filter((op) => op.op === "add");
    const removes = operations.filter((op) => op.op === "remove");
    return {
        operations,
        drift,
        adds: adds.length,
        addUsers: distinctUsers(adds),
        removes: removes.length,
        removeUsers: distinctUsers(removes),
        driftAdds: drift.filter((op) => op.op === "add").length,
        driftRemoves: drift.filter((op) => op.op === "remove").length,
        driftUsers: distinctUsers(drift),
        byUser: groupBy(operations, (op) => op.user),
        byTeam: groupBy(operations, (op) => op.team),
        usersChecked: memberships.size,
    };
}

/** Memberships the edit changes: what the review threshold compares. */
export function impactSize(impact: EditImpact): number {
    return impact.operations.length;
}

/** Ids are GUIDs (no "|"); the op and the two ids name an operation whatever its path. */
function operationKey(op: Operation): string {
    return `${op.op}|${op.user}|${op.team}`;
}

function distinctUsers(operations: readonly Operation[]): number {
    return new Set(operations.map((op) => op.user)).size;
}

function groupBy(operations: readonly Operation[], key: (op: Operation) => string): ImpactGroup[] {
    const groups = new Map<string, ImpactGroup>();
    for (const op of operations) {
        const k = key(op);
        let group = groups.get(k);
        if (!group) {
            group = { key: k, adds: [], removes: [] };
            groups.set(k, group);
        }
        (op.op === "add" ? group.adds : group.removes).push(op);
    }
    return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
