/**
 * The engine's model of the sync configuration and its results, as defined by
 * docs/semantics.md. Ids are plain strings compared code unit by code unit.
 */

export type TeamId = string;
export type UserId = string;
export type RoleId = string;

export type Direction = "one-way" | "bidirectional";

/** docs/semantics.md §1: team type 0 Owner, 1 Access, 2 Entra ID security group, 3 Entra ID Office group. */
export interface Team {
    id: TeamId;
    type: number;
    /** The default team of a business unit. */
    isDefault: boolean;
}

export interface MemberRecord {
    id: string;
    child: TeamId;
    /** Sync order; null sorts last. */
    order: number | null;
    active: boolean;
    /** The link's condition: only users holding this role are synced along it. */
    role: RoleId | null;
}

export interface ConfigRecord {
    id: string;
    parent: TeamId;
    direction: Direction;
    active: boolean;
    members: MemberRecord[];
}

/** Everything the engine needs to know about the configuration. */
export interface SyncModel {
    teams: Team[];
    configs: ConfigRecord[];
    /** Root role ids that exist. */
    roles: RoleId[];
}

export interface Settings {
    /** docs/semantics.md §7 `wide-cascade`: more than this many reachable teams warns. */
    wideCascade: number;
}

export const DEFAULT_SETTINGS: Settings = { wideCascade: 25 };

export type Provenance = "manual" | "sync";

/** One user's memberships: team id → provenance. */
export type UserMemberships = ReadonlyMap<TeamId, Provenance>;

/** All users' memberships: user id → their memberships. */
export type Memberships = ReadonlyMap<UserId, UserMemberships>;

/** Roles held directly, per user (root role ids). A user absent from the map holds none. */
export type UserRoles = ReadonlyMap<UserId, ReadonlySet<RoleId>>;

export interface Operation {
    op: "add" | "remove";
    user: UserId;
    team: TeamId;
    /** Path from the walk's start to the team, both ends included. */
    via: TeamId[];
}

export type PlanWarningCode = "still-required";

export interface PlanWarning {
    code: PlanWarningCode;
    /** Distinct, sorted by id. */
    teams: TeamId[];
}

export interface Plan {
    operations: Operation[];
    warnings: PlanWarning[];
}

export type IssueCode =
    | "self-loop"
    | "duplicate-edge"
    | "direction-conflict"
    | "cycle"
    | "managed-team-target"
    | "missing-team"
    | "missing-role"
    | "empty-configuration"
    | "inactive-parent"
    | "wide-cascade";

export type Severity = "error" | "warning";

export interface Issue {
    code: IssueCode;
    severity: Severity;
    /** Distinct, sorted by id (docs/semantics.md §9 says which teams each code names). */
    teams: TeamId[];
    /** Ids of the configuration and member records involved, distinct and sorted. */
    records: string[];
    /** `wide-cascade` only: how many teams are reachable from the start team. */
    reachable?: number;
}
