/**
 * Checks a vector's shape (docs/semantics.md §9) and fills its defaults. Any problem is reported as a
 * VectorFormatError naming the field path (e.g. `configs[0].members[1].child`), so a runner can
 * report a malformed vector as a failure instead of crashing in an engine.
 */
import {
    ConfigRecord,
    DEFAULT_SETTINGS,
    Direction,
    MemberRecord,
    Provenance,
    Team,
} from "../../TeamSyncEditor/engine/types";
import { Vector, VectorEvent } from "./vector";

export class VectorFormatError extends Error {
    constructor(
        readonly field: string,
        readonly problem: string,
    ) {
        super(`${field}: ${problem}`);
        this.name = "VectorFormatError";
    }
}

type Json = Record<string, unknown>;

function describe(value: unknown): string {
    if (Array.isArray(value)) return "an array";
    if (typeof value === "object" && value !== null) return "an object";
    return JSON.stringify(value);
}

function fail(field: string, expected: string, value: unknown): never {
    throw new VectorFormatError(
        field,
        value === undefined ? `missing (expected ${expected})` : `expected ${expected}, got ${describe(value)}`,
    );
}

function isObject(value: unknown): value is Json {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function object(value: unknown, field: string): Json {
    return isObject(value) ? value : fail(field, "an object", value);
}

function array(value: unknown, field: string): unknown[] {
    return Array.isArray(value) ? value : fail(field, "an array", value);
}

function string(value: unknown, field: string): string {
    return typeof value === "string" ? value : fail(field, "a string", value);
}

function strings(value: unknown, field: string): string[] {
    return array(value, field).map((item, i) => string(item, `${field}[${i}]`));
}

function boolean(value: unknown, field: string, absent: boolean): boolean {
    if (value === undefined) return absent;
    return typeof value === "boolean" ? value : fail(field, "true or false", value);
}

function finiteNumber(value: unknown, field: string): number {
    return typeof value === "number" && Number.isFinite(value) ? value : fail(field, "a number", value);
}

/** docs/semantics.md §1 choice values and the spellings people write for them. */
const DIRECTIONS: ReadonlyMap<unknown, Direction> = new Map<unknown, Direction>([
    ["one-way", "one-way"],
    ["oneway", "one-way"],
    ["one_way", "one-way"],
    ["oneWay", "one-way"],
    [1, "one-way"],
    ["bidirectional", "bidirectional"],
    [2, "bidirectional"],
]);

function direction(value: unknown, field: string): Direction {
    return (
        DIRECTIONS.get(value) ??
        fail(field, `"one-way" (or "oneway", "one_way", "oneWay", 1) or "bidirectional" (or 2)`, value)
    );
}

function team(value: unknown, field: string): Team {
    const json = object(value, field);
    const type = json.type === undefined ? 0 : finiteNumber(json.type, `${field}.type`);
    return { id: string(json.id, `${field}.id`), type, isDefault: boolean(json.default, `${field}.default`, false) };
}

function member(value: unknown, field: string): MemberRecord {
    const json = object(value, field);
    return {
        id: string(json.id, `${field}.id`),
        child: string(json.child, `${field}.child`),
        order: json.order === undefined || json.order === null ? null : finiteNumber(json.order, `${field}.order`),
        // Dataverse creates records active; a vector that leaves `active` out means an active record.
        active: boolean(json.active, `${field}.active`, true),
        role: json.role === undefined || json.role === null ? null : string(json.role, `${field}.role`),
    };
}

function config(value: unknown, field: string): ConfigRecord {
    const json = object(value, field);
    const members = json.members === undefined ? [] : array(json.members, `${field}.members`);
    return {
        id: string(json.id, `${field}.id`),
        parent: string(json.parent, `${field}.parent`),
        direction: direction(json.direction, `${field}.direction`),
        active: boolean(json.active, `${field}.active`, true),
        members: members.map((m, i) => member(m, `${field}.members[${i}]`)),
    };
}

function configs(value: unknown, field: string): ConfigRecord[] {
    return array(value, field).map((c, i) => config(c, `${field}[${i}]`));
}

function provenance(value: unknown, field: string): Provenance {
    return value === "manual" || value === "sync" ? value : fail(field, `"manual" or "sync"`, value);
}

function memberships(value: unknown, teamIds: ReadonlySet<string>): Vector["memberships"] {
    if (value === undefined) return [];
    return Object.entries(object(value, "memberships")).map(([user, teams]) => {
        const field = `memberships.${user}`;
        return [
            user,
            Object.entries(object(teams, field)).map(([teamId, p]) => {
                if (!teamIds.has(teamId))
                    throw new VectorFormatError(`${field}.${teamId}`, `team "${teamId}" is not in teams`);
                return [teamId, provenance(p, `${field}.${teamId}`)];
            }),
        ];
    });
}

function userRoles(value: unknown): Vector["userRoles"] {
    if (value === undefined) return [];
    return Object.entries(object(value, "userRoles")).map(([user, roles]) => [
        user,
        strings(roles, `userRoles.${user}`),
    ]);
}

function settings(value: unknown): Vector["settings"] {
    if (value === undefined) return { ...DEFAULT_SETTINGS };
    const json = object(value, "settings");
    return {
        wideCascade:
            json.wideCascade === undefined
                ? DEFAULT_SETTINGS.wideCascade
                : finiteNumber(json.wideCascade, "settings.wideCascade"),
    };
}

function event(value: unknown): VectorEvent {
    const json = object(value, "event");
    switch (json.kind) {
        case "validate":
        case "reconcile":
            return { kind: json.kind };
        case "join":
        case "leave":
            return { kind: json.kind, user: string(json.user, "event.user"), team: string(json.team, "event.team") };
        case "edit":
            return { kind: "edit", configs: configs(json.configs, "event.configs") };
        default:
            return fail("event.kind", `one of "validate", "join", "leave", "reconcile", "edit"`, json.kind);
    }
}

function expectIssues(value: unknown): void {
    const json = object(value, "expect");
    array(json.issues, "expect.issues").forEach((item, i) => {
        const issue = object(item, `expect.issues[${i}]`);
        string(issue.code, `expect.issues[${i}].code`);
        string(issue.severity, `expect.issues[${i}].severity`);
        strings(issue.teams, `expect.issues[${i}].teams`);
    });
}

function expectPlan(value: unknown): void {
    const json = object(value, "expect");
    array(json.operations, "expect.operations").forEach((item, i) => {
        const op = object(item, `expect.operations[${i}]`);
        for (const key of ["op", "user", "team"]) string(op[key], `expect.operations[${i}].${key}`);
        strings(op.via, `expect.operations[${i}].via`);
    });
    array(json.warnings, "expect.warnings").forEach((item, i) => {
        const warning = object(item, `expect.warnings[${i}]`);
        string(warning.code, `expect.warnings[${i}].code`);
        strings(warning.teams, `expect.warnings[${i}].teams`);
    });
}

/** Parses one vector file's JSON value; throws VectorFormatError naming the first bad field. */
export function parseVector(value: unknown): Vector {
    const json = object(value, "(vector)");
    const teams = array(json.teams, "teams").map((t, i) => team(t, `teams[${i}]`));
    const parsed: Vector = {
        description: json.description === undefined ? "" : string(json.description, "description"),
        teams,
        configs: configs(json.configs, "configs"),
        settings: settings(json.settings),
        roles: json.roles === undefined ? [] : strings(json.roles, "roles"),
        userRoles: userRoles(json.userRoles),
        memberships: memberships(json.memberships, new Set(teams.map((t) => t.id))),
        event: event(json.event),
        expect: json.expect,
    };
    if (parsed.event.kind === "validate") expectIssues(json.expect);
    else expectPlan(json.expect);
    return parsed;
}
