/** Runs a vector through the TypeScript engine (TeamSyncEditor/engine) and shapes the result like `expect`. */
import path from "node:path";
import {
    Issue,
    Memberships,
    Plan,
    RoleId,
    Settings,
    SyncModel,
    TeamId,
    UserId,
    UserMemberships,
    UserRoles,
} from "../../TeamSyncEditor/engine/types";
import { toEngineInput } from "./toEngineInput";
import { Vector } from "./vector";

/** The engine's public API (TeamSyncEditor/engine/index.ts); the graph is opaque here. */
export interface EngineApi {
    buildGraph(model: SyncModel): unknown;
    validate(model: SyncModel, settings?: Settings): Issue[];
    planJoin(
        graph: unknown,
        user: UserId,
        team: TeamId,
        memberships: UserMemberships,
        roles: ReadonlySet<RoleId>,
    ): Plan;
    planLeave(
        graph: unknown,
        user: UserId,
        team: TeamId,
        memberships: UserMemberships,
        roles: ReadonlySet<RoleId>,
    ): Plan;
    reconcile(graph: unknown, memberships: Memberships, userRoles: UserRoles): Plan;
    previewEdit(before: unknown, after: unknown, memberships: Memberships, userRoles: UserRoles): Plan;
}

const ENGINE_FUNCTIONS = ["buildGraph", "validate", "planJoin", "planLeave", "reconcile", "previewEdit"] as const;

/**
 * Loads the engine at run time, so that a missing or half-written engine makes every vector fail
 * with a message instead of stopping the runner (the engine and the vectors are written in parallel).
 */
export async function loadTypeScriptEngine(repoRoot: string): Promise<EngineApi> {
    const loaded: Record<string, unknown> = await import(path.join(repoRoot, "TeamSyncEditor", "engine", "index.ts"));
    const missing = ENGINE_FUNCTIONS.filter((name) => typeof loaded[name] !== "function");
    if (missing.length > 0) throw new Error(`TeamSyncEditor/engine does not export ${missing.join(", ")}`);
    return loaded as unknown as EngineApi;
}

function planJson(plan: Plan): unknown {
    return {
        operations: plan.operations.map((o) => ({ op: o.op, user: o.user, team: o.team, via: o.via })),
        warnings: plan.warnings.map((w) => ({ code: w.code, teams: w.teams })),
    };
}

const NO_ROLES: ReadonlySet<RoleId> = new Set();
const NO_MEMBERSHIPS: UserMemberships = new Map();

/** The engine's answer to the vector's event, in the JSON shape of the vector's `expect`. */
export function runTypeScriptEngine(engine: EngineApi, vector: Vector): unknown {
    const input = toEngineInput(vector);
    const event = vector.event;
    switch (event.kind) {
        case "validate":
            return {
                issues: engine
                    .validate(input.model, input.settings)
                    .map((i) => ({ code: i.code, severity: i.severity, teams: i.teams })),
            };
        case "join":
        case "leave": {
            const plan = event.kind === "join" ? engine.planJoin : engine.planLeave;
            const memberships = input.memberships.get(event.user) ?? NO_MEMBERSHIPS;
            const roles = input.userRoles.get(event.user) ?? NO_ROLES;
            return planJson(plan(engine.buildGraph(input.model), event.user, event.team, memberships, roles));
        }
        case "reconcile":
            return planJson(engine.reconcile(engine.buildGraph(input.model), input.memberships, input.userRoles));
        case "edit":
            return planJson(
                engine.previewEdit(
                    engine.buildGraph(input.model),
                    engine.buildGraph(input.after),
                    input.memberships,
                    input.userRoles,
                ),
            );
    }
}
