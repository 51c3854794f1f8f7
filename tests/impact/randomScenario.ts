import fc from "fast-check";
import { Memberships, Provenance, SyncModel, UserRoles } from "../../TeamSyncEditor/engine";
import { configsArbitrary, teamsArbitrary } from "../support/randomConfigs";

export const ROLES = ["R1", "R2"];
const TEAM_POOL = ["A", "B", "C", "D", "E", "F"];
const USERS = ["u1", "u2", "u3", "u4"];

export interface EditScenario {
    before: SyncModel;
    after: SyncModel;
    memberships: Memberships;
    userRoles: UserRoles;
}

/** A configuration before and after an edit (any change of its records), and users' memberships with provenance. */
export const editScenario: fc.Arbitrary<EditScenario> = fc.integer({ min: 2, max: TEAM_POOL.length }).chain((count) => {
    const ids = TEAM_POOL.slice(0, count);
    const teamMemberships = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<Provenance>("manual", "sync"), {
        maxKeys: ids.length,
    });
    return fc
        .record({
            teams: teamsArbitrary(ids),
            before: configsArbitrary(ids, 7),
            after: configsArbitrary(ids, 7),
            users: fc.tuple(...USERS.map(() => teamMemberships)),
            roles: fc.tuple(...USERS.map(() => fc.subarray(ROLES))),
        })
        .map(({ teams, before, after, users, roles }) => ({
            before: { teams, configs: before, roles: ROLES },
            after: { teams, configs: after, roles: ROLES },
            memberships: new Map(USERS.map((user, i) => [user, new Map(Object.entries(users[i]))])),
            userRoles: new Map(USERS.map((user, i) => [user, new Set(roles[i])])),
        }));
});

/** One team of a model, and one user's memberships there. */
export const previewScenario = fc.integer({ min: 1, max: TEAM_POOL.length }).chain((count) => {
    const ids = TEAM_POOL.slice(0, count);
    return fc.record({
        model: fc
            .record({ teams: teamsArbitrary(ids), configs: configsArbitrary(ids, 7) })
            .map(({ teams, configs }): SyncModel => ({ teams, configs, roles: ROLES })),
        team: fc.constantFrom(...ids),
        memberships: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<Provenance>("manual", "sync"), {
            maxKeys: ids.length,
        }),
        roles: fc.subarray(ROLES).map((roles) => new Set(roles)),
    });
});
