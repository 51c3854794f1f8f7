/** The impact view models: what the Preview and Members tabs and the save confirmation show (no UI). */
import type { LogRow } from "../data/types";
import type { Operation, PlanWarning, Provenance, RoleId, TeamId, UserId, UserMemberships } from "../engine/types";

/** Whose join or leave is previewed: one of the team's members, or a new user with the roles the admin ticked. */
export interface PreviewSubject {
    memberships: UserMemberships;
    roles: ReadonlySet<RoleId>;
}

export interface JoinRow {
    team: TeamId;
    /** Path from the joined team, both ends included. */
    via: TeamId[];
    /** `member`: the user already belongs to the team, so the join adds nothing there. */
    status: "add" | "member";
}

export interface JoinPreview {
    /** reach(team) for the subject, in visit order. */
    rows: JoinRow[];
    /** The engine's `planJoin` operations. */
    operations: Operation[];
}

/** Why a team of reach(T) keeps the leaver. */
export type StayReason =
    /** The user was put in this team by hand: leave never removes that (outside a bidirectional component). */
    | { kind: "manual" }
    /** Another membership (`root`) still syncs the user into this team. */
    | { kind: "held"; root: TeamId }
    /** Nothing is removed: `root` still syncs the user into the left team itself. */
    | { kind: "still-required"; root: TeamId };

export type LeaveRow =
    | { team: TeamId; via: TeamId[]; status: "remove" }
    | { team: TeamId; via: TeamId[]; status: "stays"; reason: StayReason }
    | { team: TeamId; via: TeamId[]; status: "not-member" };

export interface LeavePreview {
    rows: LeaveRow[];
    /** The engine's `planLeave` operations and warnings. */
    operations: Operation[];
    warnings: PlanWarning[];
}

/** One user's or one team's share of an edit's impact. */
export interface ImpactGroup {
    key: UserId | TeamId;
    adds: Operation[];
    removes: Operation[];
}

/** The effect of unsaved edits on existing members (docs/semantics.md §6 "Edit preview"), drift counted apart. */
export interface EditImpact {
    /** The edit's doing: the engine's `previewEdit` operations, in its order. */
    operations: Operation[];
    /** What reconcile would do before the edit: drift already there, not blamed on the edit. */
    drift: Operation[];
    adds: number;
    addUsers: number;
    removes: number;
    removeUsers: number;
    driftAdds: number;
    driftRemoves: number;
    driftUsers: number;
    /** The edit's operations per user and per team, each by id. */
    byUser: ImpactGroup[];
    byTeam: ImpactGroup[];
    /** How many users' memberships were looked at. */
    usersChecked: number;
}

/** Why reconcile would change a member row of the team. */
export type OutOfSync =
    /** A sync membership that no manual membership of the user justifies any more. */
    | { kind: "remove" }
    /** The user should be in the team: `via` is the path from one of their manual teams. */
    | { kind: "add"; via: TeamId[] };

export interface MemberExplanation {
    user: UserId;
    name: string;
    /** null: not a member, but reconcile would add them (see `outOfSync`). */
    provenance: Provenance | null;
    /** The latest log row that changed this membership (outcome `done`), if any. */
    cause: LogRow | null;
    outOfSync: OutOfSync | null;
}
