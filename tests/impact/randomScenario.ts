import fc from "fast-check";
import { ConfigRecord, Memberships, Provenance, SyncModel, Team, UserRoles } from "../../TeamSyncEditor/engine";

export const ROLES = ["R1", "R2"];
const TEAM_POOL = ["A", "B", "C", "D", "E", "F"];
const USERS = ["u1", "u2", "u3", "u4"];

function teamsArbitrary(ids: string[]): fc.Arbitrary<Team[]> {
    const team = (id: string): fc.Arbitrary<Team> =>
        fc.record({ type: fc.constantFrom(0, 0, 0, 1, 2), isDefault: fc.constantFrom(false, false, false, false, true) }).map((t) => ({ id, ...t }));
    return fc.tuple(...ids.map(team));
}

/** Random configurations over `ids` (and a team that does not exist), with roles, inactive records and both directions. */
export function configsArbitrary(ids: string[]): fc.Arbitrary<ConfigRecord[]> {
    const teamId = fc.constantFrom(...ids, "Missing");
    const member = fc.record({
        child: teamId,
        order: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        active: fc.constantFrom(true, true, true, false),
        role: fc.constantFrom<string | null>(null, null, null, "R1", "R2", "Gone"),
    });
    const config = fc.record({
        parent: teamId,
        direction: fc.constantFrom<"one-way" | "bidirectional">("one-way", "one-way", "bidirectional"),
        active: fc.constantFrom(true, true, true, false),
        members: fc.array(member, { maxLength: 4 }),
    });
    return fc
        .array(config, { maxLength: 7 })
        .map((configs) => configs.map((c, i): ConfigRecord => ({ ...c, id: `g${i}`, members: c.members.map((m, j) => ({ ...m, id: `g${i}m${j}` })) })));
}

export interface EditScenario {
    before: SyncModel;
    after: SyncModel;
    memberships: Memberships;
    userRoles: UserRoles;
}

/** A configuration before and after an edit (any change of its records), and users' memberships with provenance. */
export const editScenario: fc.Arbitrary<EditScenario> = fc.integer({ min: 2, max: TEAM_POOL.length }).chain((count) => {
    const ids = TEAM_POOL.slice(0, count);
    const teamMemberships = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<Provenance>("manual", "sync"), { maxKeys: ids.length });
    return fc
        .record({
            teams: teamsArbitrary(ids),
            before: configsArbitrary(ids),
            after: configsArbitrary(ids),
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
        model: fc.record({ teams: teamsArbitrary(ids), configs: configsArbitrary(ids) }).map(({ teams, configs }): SyncModel => ({ teams, configs, roles: ROLES })),
        team: fc.constantFrom(...ids),
        memberships: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<Provenance>("manual", "sync"), { maxKeys: ids.length }),
        roles: fc.subarray(ROLES).map((roles) => new Set(roles)),
    });
});
