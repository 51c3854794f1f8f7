import {
    LogCauseValue,
    LogOperationValue,
    LogOutcomeValue,
    Role,
    SyncLog,
    SystemUser,
    Team,
} from "../../TeamSyncEditor/data/schema";
import type { Provenance, RoleId, TeamId } from "../../TeamSyncEditor/engine/types";
import type { DataverseStore, Row } from "../dataverse/store";
import type { PluginSnapshot } from "./plugin/planPluginRun";
import { readSnapshot } from "./plugin/readSnapshot";

export interface NamedRecord {
    id: string;
    name: string;
}

export interface TeamRecord extends NamedRecord {
    type: number;
    isDefault: boolean;
}

export interface LogEntryView {
    id: string;
    createdOn: string;
    user: string;
    team: string;
    operation: "join" | "leave";
    cause: "manual" | "sync";
    path: string;
    outcome: "done" | "skipped" | "failed";
    correlationId: string;
}

/** What the host's panels show, read from the store (names sorted for the menus). */
export interface OrgView {
    teams: TeamRecord[];
    users: NamedRecord[];
    /** Root roles only. */
    roles: NamedRecord[];
    /** The user's teams with their provenance, as the plugin sees them. */
    teamsOfUser(userId: string): ReadonlyMap<TeamId, Provenance>;
    /** Root role ids the user holds directly. */
    rolesOfUser(userId: string): ReadonlySet<RoleId>;
    teamName(teamId: string): string;
    /** Newest first. */
    log: LogEntryView[];
}

// A collator compares as localeCompare does, many times faster (2,000 team names in the large org).
const collator = new Intl.Collator();
const byName = (a: NamedRecord, b: NamedRecord) => collator.compare(a.name, b.name);

export function readOrgView(store: DataverseStore): OrgView {
    const teams = store
        .rows(Team.logicalName)
        .map((row) => ({
            id: String(row[Team.id]),
            name: String(row[Team.name]),
            type: Number(row[Team.teamType] ?? 0),
            isDefault: row[Team.isDefault] === true,
        }))
        .sort(byName);
    const teamNames = new Map(teams.map((team) => [team.id, team.name]));
    const users = store
        .rows(SystemUser.logicalName)
        .map((row) => ({ id: String(row[SystemUser.id]), name: String(row[SystemUser.fullName]) }))
        .sort(byName);
    const userNames = new Map(users.map((user) => [user.id, user.name]));
    const roleRows = store.rows(Role.logicalName);
    const rootOf = new Map(
        roleRows.map((row) => [String(row[Role.id]), String(row[Role.parentRootRoleValue] ?? row[Role.id])]),
    );
    const roles = roleRows
        .filter((row) => rootOf.get(String(row[Role.id])) === String(row[Role.id]))
        .map((row) => ({ id: String(row[Role.id]), name: String(row[Role.name]) }))
        .sort(byName);
    // The plugin's snapshot reads every link: only the user panel needs it, and it renders later.
    let snapshot: PluginSnapshot | undefined;
    const pluginSnapshot = (): PluginSnapshot => (snapshot ??= readSnapshot(store));
    const log = store
        .rows(SyncLog.logicalName)
        .sort((a, b) => Number(b.versionnumber ?? 0) - Number(a.versionnumber ?? 0))
        .map((row: Row) => ({
            id: String(row[SyncLog.id]),
            createdOn: String(row[SyncLog.createdOn] ?? ""),
            user: userNames.get(String(row[SyncLog.userValue])) ?? String(row[SyncLog.userValue]),
            team: teamNames.get(String(row[SyncLog.teamValue])) ?? String(row[SyncLog.teamValue]),
            operation: row[SyncLog.operation] === LogOperationValue.leave ? ("leave" as const) : ("join" as const),
            cause: row[SyncLog.cause] === LogCauseValue.sync ? ("sync" as const) : ("manual" as const),
            path: String(row[SyncLog.path] ?? ""),
            outcome:
                row[SyncLog.outcome] === LogOutcomeValue.failed
                    ? ("failed" as const)
                    : row[SyncLog.outcome] === LogOutcomeValue.skipped
                      ? ("skipped" as const)
                      : ("done" as const),
            correlationId: String(row[SyncLog.correlationId] ?? ""),
        }));
    return {
        teams,
        users,
        roles,
        teamsOfUser: (userId) => pluginSnapshot().memberships.get(userId) ?? new Map(),
        rolesOfUser: (userId) => pluginSnapshot().userRoles.get(userId) ?? new Set(),
        teamName: (teamId) => teamNames.get(teamId) ?? teamId,
        log,
    };
}
