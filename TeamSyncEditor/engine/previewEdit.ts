import { SyncGraph } from "./graph";
import { reconcile } from "./reconcile";
import { Memberships, Operation, Plan, UserRoles } from "./types";

/**
 * docs/semantics.md §6 "Edit preview": the reconcile operations after the change that reconcile before it
 * would not make; drift that is already there is not the change's doing.
 */
export function previewEdit(before: SyncGraph, after: SyncGraph, memberships: Memberships, userRoles: UserRoles): Plan {
    const existing = new Set(reconcile(before, memberships, userRoles).operations.map(operationKey));
    const operations = reconcile(after, memberships, userRoles).operations.filter(
        (op) => !existing.has(operationKey(op)),
    );
    return { operations, warnings: [] };
}

function operationKey(op: Operation): string {
    return JSON.stringify([op.op, op.user, op.team]);
}
