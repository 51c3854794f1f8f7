/**
 * Loads what the impact preview needs about the people in some teams: every membership of every
 * user in those teams (their other teams too, which leave and reconcile look at), each with its
 * provenance from `nw_teamsynclog`, their directly assigned roles as root role ids, and names.
 *
 * Query shape: the `teammembership` intersect table is read directly as an entity set
 * (`teammemberships?$select=teamid,systemuserid&$filter=teamid eq … or …`). One row per
 * membership, so it pages like any table and says which team each user is in, which neither
 * `systemusers?$filter=teammembership_association/any(…)` (users only) nor an N:N `$expand` (nested
 * collections are not paged) gives. Roles come from `systemusers` with `$expand` of the N:N
 * `systemuserroles_association`: a user holds few roles, and the expand yields their root ids.
 * The names of the other users the log rows name (initiating users) take one more read, only when there are any.
 */
import { abortable } from "./abortable";
import { concurrencyLimit } from "./concurrencyLimit";
import { MembershipPair, withProvenance } from "./provenance";
import { retrieveAll } from "./retrieveAll";
import { LogCauseValue, LogOperationValue, LogOutcomeValue, Role, SyncLog, SystemUser, TeamMembership } from "./schema";
import { DataverseWebApi, LoadedMemberships, LogRow, MembershipOptions } from "./types";
import type { RoleId, UserId } from "../engine/types";

type Entity = ComponentFramework.WebApi.Entity;

/** Ids per `$filter`, to keep the request URL well under the platform's length limit. */
const IDS_PER_QUERY = 50;
/** Requests in flight at most: a browser's connections per host, and well within the 52 a user may have (the form needs some). */
export const MAX_IN_FLIGHT = 6;

function lower(value: unknown): string {
    return typeof value === "string" ? value.toLowerCase() : "";
}

function textOrNull(value: unknown): string | null {
    return typeof value === "string" ? value : null;
}

function chunks<T>(items: readonly T[]): T[][] {
    const result: T[][] = [];
    for (let i = 0; i < items.length; i += IDS_PER_QUERY) result.push(items.slice(i, i + IDS_PER_QUERY));
    return result;
}

function anyOf(column: string, ids: readonly string[]): string {
    return ids.map((id) => `${column} eq ${id}`).join(" or ");
}

export function mapLogRow(row: Entity): LogRow {
    const outcome = row[SyncLog.outcome];
    return {
        id: lower(row[SyncLog.id]),
        name: textOrNull(row[SyncLog.name]) ?? "",
        userId: lower(row[SyncLog.userValue]),
        teamId: lower(row[SyncLog.teamValue]),
        operation: row[SyncLog.operation] === LogOperationValue.leave ? "leave" : "join",
        cause: row[SyncLog.cause] === LogCauseValue.sync ? "sync" : "manual",
        sourceTeamId: textOrNull(row[SyncLog.sourceTeamValue])?.toLowerCase() ?? null,
        path: textOrNull(row[SyncLog.path]),
        correlationId: textOrNull(row[SyncLog.correlationId]),
        initiatingUserId: textOrNull(row[SyncLog.initiatingUserValue])?.toLowerCase() ?? null,
        outcome:
            outcome === LogOutcomeValue.failed ? "failed" : outcome === LogOutcomeValue.skipped ? "skipped" : "done",
        errorText: textOrNull(row[SyncLog.errorText]),
        createdOn: textOrNull(row[SyncLog.createdOn]) ?? "",
    };
}

type ReadAll = (entity: string, ids: readonly string[], query: (ids: string[]) => string) => Promise<Entity[]>;

/** Reads by chunks of ids, a few requests at a time, counting them. */
function reader(webApi: DataverseWebApi, options: MembershipOptions): { readAll: ReadAll; requests: () => number } {
    let requestCount = 0;
    const limited = concurrencyLimit(webApi, MAX_IN_FLIGHT);
    const read = (entity: string, query: string) =>
        retrieveAll(limited, entity, query, {
            pageSize: options.pageSize,
            signal: options.signal,
            retry: options.retry,
            onRequest: () => {
                requestCount++;
            },
        });
    const readAll: ReadAll = async (entity, ids, query) =>
        (await abortable(Promise.all(chunks(ids).map((chunk) => read(entity, query(chunk)))), options.signal)).flat();
    return { readAll, requests: () => requestCount };
}

const membershipQuery = (column: string) => (ids: string[]) =>
    `?$select=${TeamMembership.teamId},${TeamMembership.userId}&$filter=${anyOf(column, ids)}`;

export async function loadMemberships(
    webApi: DataverseWebApi,
    teamIds: readonly string[],
    options: MembershipOptions = {},
): Promise<LoadedMemberships> {
    const { readAll, requests } = reader(webApi, options);
    const inTeams = await readAll(
        TeamMembership.logicalName,
        [...new Set(teamIds.map(lower))],
        membershipQuery(TeamMembership.teamId),
    );
    const userIds = [...new Set(inTeams.map((row) => lower(row[TeamMembership.userId])))].sort();
    return usersMemberships(readAll, requests, userIds);
}

/** The same for some users picked by id (the Preview tab's "what if this user joins or leaves"). */
export async function loadUserMemberships(
    webApi: DataverseWebApi,
    userIds: readonly string[],
    options: MembershipOptions = {},
): Promise<LoadedMemberships> {
    const { readAll, requests } = reader(webApi, options);
    return usersMemberships(readAll, requests, [...new Set(userIds.map(lower))].sort());
}

async function usersMemberships(
    readAll: ReadAll,
    requests: () => number,
    userIds: string[],
): Promise<LoadedMemberships> {
    const [membershipRows, userRows, logRows] = await Promise.all([
        readAll(TeamMembership.logicalName, userIds, membershipQuery(TeamMembership.userId)),
        readAll(
            SystemUser.logicalName,
            userIds,
            (ids) =>
                `?$select=${SystemUser.id},${SystemUser.fullName}&$filter=${anyOf(SystemUser.id, ids)}` +
                `&$expand=${SystemUser.rolesNav}($select=${Role.id},${Role.parentRootRoleValue})`,
        ),
        readAll(
            SyncLog.logicalName,
            userIds,
            (ids) =>
                `?$select=${[
                    SyncLog.id,
                    SyncLog.name,
                    SyncLog.userValue,
                    SyncLog.teamValue,
                    SyncLog.operation,
                    SyncLog.cause,
                    SyncLog.sourceTeamValue,
                    SyncLog.path,
                    SyncLog.correlationId,
                    SyncLog.initiatingUserValue,
                    SyncLog.outcome,
                    SyncLog.errorText,
                    SyncLog.createdOn,
                ].join(",")}&$filter=${anyOf(SyncLog.userValue, ids)}&$orderby=${SyncLog.createdOn} desc`,
        ),
    ]);

    const pairs: MembershipPair[] = membershipRows.map((row) => ({
        userId: lower(row[TeamMembership.userId]),
        teamId: lower(row[TeamMembership.teamId]),
    }));
    const log = logRows
        .map(mapLogRow)
        .sort((a, b) => (a.createdOn < b.createdOn ? 1 : a.createdOn > b.createdOn ? -1 : 0));
    const users = new Map<UserId, string>();
    const userRoles = new Map<UserId, Set<RoleId>>();
    for (const row of userRows) {
        const id = lower(row[SystemUser.id]);
        users.set(id, textOrNull(row[SystemUser.fullName]) ?? "");
        const roles = (row[SystemUser.rolesNav] as Entity[] | undefined) ?? [];
        // A role copy in another business unit counts as its root role.
        userRoles.set(id, new Set(roles.map((r) => lower(r[Role.parentRootRoleValue]) || lower(r[Role.id]))));
    }
    // The log names people outside these teams (who initiated a change): their names, in one more read.
    const named = [...new Set(log.flatMap((row) => [row.userId, row.initiatingUserId ?? ""]))].filter(
        (id) => id && !users.has(id),
    );
    const nameRows =
        named.length === 0
            ? []
            : await readAll(
                  SystemUser.logicalName,
                  named.sort(),
                  (ids) => `?$select=${SystemUser.fullName}&$filter=${anyOf(SystemUser.id, ids)}`,
              );
    for (const row of nameRows) users.set(lower(row[SystemUser.id]), textOrNull(row[SystemUser.fullName]) ?? "");
    return { memberships: withProvenance(pairs, log), userRoles, users, log, requestCount: requests() };
}
