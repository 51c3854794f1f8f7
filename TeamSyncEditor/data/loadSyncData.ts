/**
 * Loads the organisation's teams, root roles and every sync configuration and member (active and
 * inactive) through `context.webAPI`: four queries, each paged to the end, so a load costs
 * ceil(rows / 5000) + 3 requests at most.
 */
import { mapConfiguration, mapMember, mapRoleRoots, mapRootRoles, mapTeam, toSyncModel } from "./mapOrg";
import { abortable } from "./abortable";
import { retrieveAll } from "./retrieveAll";
import { BusinessUnit, Role, SyncGroup, SyncMember, Team } from "./schema";
import { DataverseWebApi, LoadOptions, LoadProgress, LoadedOrg } from "./types";

const TEAM_QUERY =
    `?$select=${Team.id},${Team.name},${Team.teamType},${Team.isDefault}` +
    `&$expand=${Team.businessUnit}($select=${BusinessUnit.name})`;
// Root roles are picked out after reading (roleid = parentrootroleid) rather than by column
// comparison in $filter, which Dataverse documents for like-typed columns but not for a key
// against a lookup; role rows are few and count against the same budget.
const ROLE_QUERY = `?$select=${Role.id},${Role.name},${Role.parentRootRoleValue}`;
const CONFIGURATION_QUERY =
    `?$select=${SyncGroup.id},${SyncGroup.name},${SyncGroup.parentTeamValue},${SyncGroup.direction},` +
    `${SyncGroup.stateCode},${SyncGroup.versionNumber},${SyncGroup.modifiedOn}`;
const MEMBER_QUERY =
    `?$select=${SyncMember.id},${SyncMember.name},${SyncMember.groupValue},${SyncMember.childTeamValue},` +
    `${SyncMember.order},${SyncMember.requiredRoleValue},${SyncMember.stateCode},${SyncMember.versionNumber},` +
    `${SyncMember.modifiedOn}`;

export async function loadSyncData(webApi: DataverseWebApi, options: LoadOptions = {}): Promise<LoadedOrg> {
    const progress: LoadProgress = { teams: 0, roles: 0, configurations: 0, members: 0, requests: 0 };
    const report = () => options.onProgress?.({ ...progress });
    const read = (entity: string, query: string, counter: Exclude<keyof LoadProgress, "requests">) =>
        retrieveAll(webApi, entity, query, {
            pageSize: options.pageSize,
            signal: options.signal,
            retry: options.retry,
            onRequest: () => {
                progress.requests++;
            },
            onPage: (rows) => {
                progress[counter] = rows;
                report();
            },
        });

    const [teamRows, roleRows, configurationRows, memberRows] = await abortable(
        Promise.all([
            read(Team.logicalName, TEAM_QUERY, "teams"),
            read(Role.logicalName, ROLE_QUERY, "roles"),
            read(SyncGroup.logicalName, CONFIGURATION_QUERY, "configurations"),
            read(SyncMember.logicalName, MEMBER_QUERY, "members"),
        ]),
        options.signal,
    );

    const teams = teamRows.map(mapTeam);
    const roles = mapRootRoles(roleRows);
    const configurations = configurationRows.map(mapConfiguration);
    const roleRoots = mapRoleRoots(roleRows);
    const members = memberRows.map((row) => mapMember(row, roleRoots));
    return {
        teams,
        roles,
        configurations,
        members,
        model: toSyncModel(teams, roles, configurations, members),
        requestCount: progress.requests,
    };
}
