import { buildGraph } from "../../../TeamSyncEditor/engine/graph";
import { planJoin } from "../../../TeamSyncEditor/engine/planJoin";
import { planLeave } from "../../../TeamSyncEditor/engine/planLeave";
import { previewEdit } from "../../../TeamSyncEditor/engine/previewEdit";
import { reconcile } from "../../../TeamSyncEditor/engine/reconcile";
import type { Memberships, Plan, RoleId, SyncModel, TeamId, UserId, UserMemberships, UserRoles } from "../../../TeamSyncEditor/engine/types";

/** A change the plugin reacts to, after it was made. */
export type PluginEvent =
    | { kind: "join"; user: UserId; team: TeamId }
    | { kind: "leave"; user: UserId; team: TeamId }
    /** A security role was given to or taken from the user. */
    | { kind: "rolesChanged"; user: UserId }
    /** Every user (the sample data's initial state, as an admin's "reconcile all" would). */
    | { kind: "reconcileAll" }
    /** These users only: a page of the custom API nw_ReconcileTeamSync. */
    | { kind: "reconcileUsers"; users: readonly UserId[] }

    /** Configuration records were written; `before` is the configuration as it stood before those writes. */
    | { kind: "configurationChanged"; before: SyncModel };

/** What the plugin reads before it acts: the configuration, memberships with provenance, direct roles. */
export interface PluginSnapshot {
    model: SyncModel;
    memberships: Memberships;
    userRoles: UserRoles;
}

const NO_MEMBERSHIPS: UserMemberships = new Map();
const NO_ROLES: ReadonlySet<RoleId> = new Set();

/**
 * The operations the plugin makes for one change (docs/semantics.md §4–§6), planned from the snapshot read
 * when it runs, not when the change was made. A configuration write gets the edit preview of docs/semantics.md §6,
 * adds before removes, as ConfigurationReconcilePlugin applies it. A role change reconciles the user only when
 * some active link has a condition, as the real plugin does: otherwise roles cannot change what sync implies, and
 * reconciling would touch drift the change did not cause.
 */
export function planPluginRun(snapshot: PluginSnapshot, event: PluginEvent): Plan {
    const graph = buildGraph(snapshot.model);
    if (event.kind === "reconcileAll") return reconcile(graph, snapshot.memberships, snapshot.userRoles);
    if (event.kind === "reconcileUsers") return reconcile(graph, new Map(event.users.map((user) => [user, snapshot.memberships.get(user) ?? NO_MEMBERSHIPS])), snapshot.userRoles);
    if (event.kind === "configurationChanged") {
        const plan = previewEdit(buildGraph(event.before), graph, snapshot.memberships, snapshot.userRoles);
        return { operations: [...plan.operations.filter((op) => op.op === "add"), ...plan.operations.filter((op) => op.op === "remove")], warnings: plan.warnings };
    }
    const memberships = snapshot.memberships.get(event.user) ?? NO_MEMBERSHIPS;
    const roles = snapshot.userRoles.get(event.user) ?? NO_ROLES;
    // A job runs after later requests may have undone its change: the change that undid it propagates instead,
    // as MembershipPropagationPlugin's asynchronous step does, so that the jobs' order does not change the outcome.
    if (event.kind !== "rolesChanged" && memberships.has(event.team) !== (event.kind === "join")) return { operations: [], warnings: [] };
    switch (event.kind) {
        case "join":
            return planJoin(graph, event.user, event.team, memberships, roles);
        case "leave":
            return planLeave(graph, event.user, event.team, memberships, roles);
        case "rolesChanged": {
            if (!hasConditionalLink(snapshot.model)) return { operations: [], warnings: [] };
            return reconcile(graph, new Map([[event.user, memberships]]), snapshot.userRoles);
        }
    }
}

function hasConditionalLink(model: SyncModel): boolean {
    return model.configs.some((config) => config.active && config.members.some((member) => member.active && member.role !== null));
}
