import {
    ConfigRecord,
    Direction,
    Memberships,
    Provenance,
    SyncModel,
    Team,
    UserMemberships,
    UserRoles,
} from "../../TeamSyncEditor/engine";

export type TeamSpec = string | { id: string; type?: number; isDefault?: boolean };
export type MemberSpec =
    string | { child: string; order?: number | null; role?: string | null; active?: boolean; id?: string };
export interface ConfigSpec {
    parent: string;
    direction?: Direction;
    active?: boolean;
    id?: string;
    members: MemberSpec[];
}

/** A SyncModel from terse specs; records get ids g1, g2… and m1, m2… in order unless given. */
export function buildModel(teams: TeamSpec[], configs: ConfigSpec[], roles: string[] = []): SyncModel {
    let memberCount = 0;
    const configRecords: ConfigRecord[] = configs.map((config, i) => ({
        id: config.id ?? `g${i + 1}`,
        parent: config.parent,
        direction: config.direction ?? "one-way",
        active: config.active ?? true,
        members: config.members.map((spec) => {
            memberCount++;
            const member = typeof spec === "string" ? { child: spec } : spec;
            return {
                id: member.id ?? `m${memberCount}`,
                child: member.child,
                order: member.order ?? null,
                active: member.active ?? true,
                role: member.role ?? null,
            };
        }),
    }));
    const teamRecords: Team[] = teams.map((spec) =>
        typeof spec === "string"
            ? { id: spec, type: 0, isDefault: false }
            : { id: spec.id, type: spec.type ?? 0, isDefault: spec.isDefault ?? false },
    );
    return { teams: teamRecords, configs: configRecords, roles };
}

export function userMemberships(teams: Record<string, Provenance>): UserMemberships {
    return new Map(Object.entries(teams));
}

export function allMemberships(users: Record<string, Record<string, Provenance>>): Memberships {
    return new Map(Object.entries(users).map(([user, teams]) => [user, userMemberships(teams)]));
}

export function allRoles(users: Record<string, string[]>): UserRoles {
    return new Map(Object.entries(users).map(([user, roles]) => [user, new Set(roles)]));
}

export const NO_ROLES: ReadonlySet<string> = new Set();
