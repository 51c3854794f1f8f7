/**
 * The data layer's public types: what the editor and the playground code against.
 * Records are carried as plain values; nothing here is rendered as markup.
 */
import type { Direction, Memberships, RoleId, SyncModel, TeamId, UserId, UserRoles } from "../engine/types";
import type { SyncGroup, SyncMember } from "./schema";

/** The part of `context.webAPI` the data layer uses (the in-memory Dataverse implements the same). */
export type DataverseWebApi = Pick<
    ComponentFramework.WebApi,
    "createRecord" | "updateRecord" | "retrieveMultipleRecords" | "retrieveRecord"
>;

/** Counts of rows read so far, by kind; the UI shows them while a load runs. */
export interface LoadProgress {
    teams: number;
    roles: number;
    configurations: number;
    members: number;
    requests: number;
}

export interface LoadOptions {
    /** Rows per page (Dataverse's default and maximum is 5,000; tests make it small). */
    pageSize?: number;
    onProgress?: (progress: LoadProgress) => void;
    /** Aborted when the control is destroyed: the load stops and rejects with a `DataError` of kind `cancelled`. */
    signal?: AbortSignal;
    /** Retries of a throttled (429) request and how to wait; tests pass a sleep that returns at once. */
    retry?: RetryOptions;
}

export interface RetryOptions {
    /** How many times one request is resent after a 429 (default 3). */
    maxRetries?: number;
    sleep?: (ms: number) => Promise<void>;
}

export interface TeamInfo {
    id: TeamId;
    name: string;
    /** 0 Owner, 1 Access, 2 Entra ID security group, 3 Entra ID Office group. */
    type: number;
    isDefault: boolean;
    businessUnitName: string | null;
}

export interface RoleInfo {
    /** Root role id (`roleid` equal to `parentrootroleid`). */
    id: RoleId;
    name: string;
}

/** What a conflict check compares: a record changed since loading when either differs. */
export interface RecordVersion {
    versionNumber: string | null;
    modifiedOn: string | null;
}

export interface ConfigurationRow {
    id: string;
    name: string;
    /** The parent team's id; "" when the lookup is empty (the model then names a team that does not exist). */
    parentTeamId: TeamId;
    direction: Direction;
    active: boolean;
    version: RecordVersion;
}

export interface MemberRow {
    id: string;
    name: string;
    configurationId: string;
    /** "" when the lookup is empty. */
    childTeamId: TeamId;
    order: number | null;
    /** The condition's root role: a business unit's copy of a role is read as its root. */
    requiredRoleId: RoleId | null;
    active: boolean;
    version: RecordVersion;
}

/** The organisation as loaded: the records and the engine's model made from them. */
export interface LoadedOrg {
    teams: TeamInfo[];
    roles: RoleInfo[];
    configurations: ConfigurationRow[];
    members: MemberRow[];
    model: SyncModel;
    /** Web API requests the load made (the budget is ceil(rows / 5000) + 3). */
    requestCount: number;
}

export type LogOperation = "join" | "leave";
export type LogCause = "manual" | "sync";
export type LogOutcome = "done" | "skipped" | "failed";

/** One `nw_teamsynclog` row, for the explanation view. */
export interface LogRow {
    id: string;
    name: string;
    userId: UserId;
    teamId: TeamId;
    operation: LogOperation;
    cause: LogCause;
    sourceTeamId: TeamId | null;
    /** The walk's path as the plugin wrote it. */
    path: string | null;
    correlationId: string | null;
    initiatingUserId: UserId | null;
    outcome: LogOutcome;
    errorText: string | null;
    createdOn: string;
}

export interface MembershipOptions {
    pageSize?: number;
    signal?: AbortSignal;
    retry?: RetryOptions;
}

export interface LoadedMemberships {
    /** Every membership of every user found in the given teams (their other teams included). */
    memberships: Memberships;
    userRoles: UserRoles;
    /** User id → full name: the users found in the teams, and every other user the log rows name. */
    users: ReadonlyMap<UserId, string>;
    /** Those users' log rows, newest first. */
    log: LogRow[];
    requestCount: number;
}

/** Which record an activate/deactivate targets. */
export type RecordTable = "configuration" | "member";

/**
 * One intended change in an edit session. Members are named by record id; a link added in this
 * session has the id the session gave it (`addLink.memberId`) until it is saved under that id.
 */
export type EditChange =
    | {
          kind: "addLink";
          memberId: string;
          parentTeamId: TeamId;
          childTeamId: TeamId;
          direction: Direction;
          order: number | null;
          roleId: RoleId | null;
      }
    | { kind: "removeLink"; memberId: string }
    | { kind: "changeDirection"; memberId: string; direction: Direction }
    | { kind: "changeOrder"; memberId: string; order: number | null }
    | { kind: "changeRole"; memberId: string; roleId: RoleId | null }
    | { kind: "activate"; table: RecordTable; id: string }
    | { kind: "deactivate"; table: RecordTable; id: string }
    | { kind: "renameConfiguration"; configurationId: string; name: string };

/** The records as they would stand after the edits (pure; see `resolveEdits`). */
export interface EditedRecords {
    configurations: ConfigurationRow[];
    members: MemberRow[];
    /** Ids of records the edits create (not yet in Dataverse). */
    created: ReadonlySet<string>;
}

export type WriteTable = typeof SyncGroup.logicalName | typeof SyncMember.logicalName;

/** One Web API call of a save, in order. `data` is the request body. */
export interface Write {
    op: "create" | "update";
    table: WriteTable;
    id: string;
    data: Record<string, unknown>;
    /**
     * What the UI calls the record: a configuration by its name, a link by its two teams
     * ("Commercial Lending → Document Library"), as a link's own name may be only its child's.
     */
    name: string;
    /** What the write does to the record, as the Save dialog says it: a link "turned off" is deactivated, never deleted. */
    effect: "create" | "update" | "activate" | "deactivate";
}

/** A readable error: a resx key (prefix `Data_`) and its arguments, plus what kind it is. */
export interface DataError {
    kind: "privilege" | "gone" | "throttled" | "offline" | "cancelled" | "unknown";
    key: string;
    args: string[];
    /** The platform's own text and error code, for the details pane and support. */
    detail: string;
    errorCode: number | null;
}

export interface SaveOptions {
    /** The edit session's seed: names the records the edits create, as the preview did. */
    seed: string;
    onProgress?: (done: number, total: number) => void;
    retry?: RetryOptions;
}

export interface Conflict {
    table: WriteTable;
    id: string;
    name: string;
    reason: "changed" | "gone";
    /** Resx key and arguments of the sentence that says so. */
    key: string;
    args: string[];
}

export type SaveReport =
    | { status: "saved"; written: Write[] }
    /** Nothing was written: reload and apply the edits again. */
    | { status: "conflict"; conflicts: Conflict[] }
    /**
     * Stopped at `failed.write` (null when the conflict check itself failed, before any write);
     * `notTried` are left. `remainingWrites(report)` is what `resumeSave` should send.
     */
    | { status: "failed"; written: Write[]; failed: { write: Write | null; error: DataError }; notTried: Write[] };

export type ReadOnlyReason = "formDisabled" | "noPrivilege";

/** What the control may do here, from `context` (no UI). */
export type EditorContext =
    | { kind: "unsavedTeam"; messageKey: string }
    | { kind: "ready"; teamId: TeamId; readOnly: { reason: ReadOnlyReason; messageKey: string } | null };
