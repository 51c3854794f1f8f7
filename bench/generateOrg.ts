import {
    buildGraph,
    ConfigRecord,
    Direction,
    MemberRecord,
    Memberships,
    Provenance,
    RoleId,
    SyncModel,
    Team,
    TeamId,
    UserId,
    UserRoles,
    visitOrder,
} from "../TeamSyncEditor/engine";
import { SeededRandom } from "./random";

export interface OrgSize {
    teams: number;
    links: number;
    users: number;
    seed?: number;
}

export interface GeneratedOrg {
    model: SyncModel;
    memberships: Memberships;
    userRoles: UserRoles;
    /** Per business unit, its top team (the root of its hierarchy), largest unit first. */
    unitRoots: TeamId[];
}

const ROLE_COUNT = 5;

/** A business unit: its default team is a managed team outside the hierarchy. */
interface Unit {
    /** The unit's own teams, its top team first. */
    hierarchy: TeamId[];
    /** An Entra group team whose members sync into the top team. */
    group?: TeamId;
}

/**
 * A deterministic org shaped like a real one: business units of 10–40 teams (one default team,
 * sometimes an Entra group team feeding the unit's top team), each a One-way hierarchy with extra
 * downward links, some bidirectional pairs, a few One-way back links (cycles and direction
 * conflicts), a few links into another unit's leaf teams, some inactive records and some role-conditioned links. Users are
 * manual members of 1–3 teams and in sync with their reach, with a little drift.
 */
export function generateOrg(size: OrgSize): GeneratedOrg {
    const random = new SeededRandom(size.seed ?? 20240601);
    const roles = Array.from({ length: ROLE_COUNT }, () => random.guid());
    const teams: Team[] = [];
    const units: Unit[] = [];
    while (teams.length < size.teams) {
        const unitSize = Math.min(random.int(10, 40), size.teams - teams.length);
        const unit: Unit = { hierarchy: [] };
        for (let i = 0; i < unitSize; i++) {
            const id = random.guid();
            if (i === 0) {
                teams.push({ id, type: 0, isDefault: true });
            } else if (i === unitSize - 1 && i > 1 && random.chance(0.3)) {
                teams.push({ id, type: 2, isDefault: false });
                unit.group = id;
            } else {
                teams.push({ id, type: random.chance(0.2) ? 1 : 0, isDefault: false });
                unit.hierarchy.push(id);
            }
        }
        units.push(unit);
    }

    const links: { parent: TeamId; child: TeamId; direction: Direction }[] = [];
    for (const { hierarchy, group } of units) {
        for (let i = 1; i < hierarchy.length; i++) {
            // The last team is never a parent here: it stays a leaf (see sinks below).
            const parent = hierarchy[random.int(Math.max(0, i - 6), i - 1)];
            links.push({ parent, child: hierarchy[i], direction: "one-way" });
        }
        if (group) links.push({ parent: group, child: hierarchy[0], direction: "one-way" });
    }
    // Extra links stay inside a unit, above its last team: that team (a leaf of the hierarchy) is
    // the only target of links from other units, so a unit's reach stays within about one unit.
    const sinks = units
        .filter((unit) => unit.hierarchy.length >= 4)
        .map((unit) => unit.hierarchy[unit.hierarchy.length - 1]);
    const linked = new Set(links.map((link) => `${link.parent}|${link.child}`));
    const addLink = (parent: TeamId, child: TeamId, direction: Direction): void => {
        if (linked.has(`${parent}|${child}`) || linked.has(`${child}|${parent}`)) return;
        linked.add(`${parent}|${child}`);
        links.push({ parent, child, direction });
    };
    while (links.length < size.links) {
        const { hierarchy } = random.pick(units);
        const upper = hierarchy.slice(0, -1);
        if (upper.length < 3) continue;
        const roll = random.next();
        const a = random.int(0, upper.length - 2);
        const b = random.int(a + 1, upper.length - 1);
        if (roll < 0.8) addLink(upper[a], upper[b], "one-way");
        else if (roll < 0.88) addLink(upper[a], upper[b], "bidirectional");
        else if (roll < 0.885) links.push({ parent: upper[b], child: upper[a], direction: "one-way" });
        else addLink(upper[a], random.pick(sinks), "one-way");
    }

    const configs = groupIntoConfigs(links, roles, random);
    // Parsed from JSON like the records the control and the plugin load: generating leaves the
    // objects scattered among temporaries, which would time the memory layout, not the engine.
    const model = JSON.parse(JSON.stringify({ teams, configs, roles })) as SyncModel;
    const { memberships, userRoles } = generateUsers(model, roles, size.users, random);
    const unitRoots = units
        .filter((unit) => unit.hierarchy.length > 0)
        .sort((a, b) => b.hierarchy.length - a.hierarchy.length)
        .map((unit) => unit.hierarchy[0]);
    return { model, memberships, userRoles, unitRoots };
}

/** One configuration per parent and direction, as an admin would draw them. */
function groupIntoConfigs(
    links: { parent: TeamId; child: TeamId; direction: Direction }[],
    roles: RoleId[],
    random: SeededRandom,
): ConfigRecord[] {
    const byKey = new Map<string, ConfigRecord>();
    for (const link of links) {
        const key = `${link.parent}|${link.direction}`;
        let config = byKey.get(key);
        if (!config) {
            config = {
                id: random.guid(),
                parent: link.parent,
                direction: link.direction,
                active: !random.chance(0.01),
                members: [],
            };
            byKey.set(key, config);
        }
        const member: MemberRecord = {
            id: random.guid(),
            child: link.child,
            order: random.chance(0.1) ? null : random.int(1, 100),
            active: !random.chance(0.03),
            role: random.chance(0.02) ? random.pick(roles) : null,
        };
        config.members.push(member);
    }
    return [...byKey.values()];
}

function generateUsers(
    model: SyncModel,
    roles: RoleId[],
    count: number,
    random: SeededRandom,
): { memberships: Memberships; userRoles: UserRoles } {
    const graph = buildGraph(model);
    const ordinary = model.teams
        .filter((team) => !team.isDefault && team.type !== 2 && team.type !== 3)
        .map((team) => team.id);
    const memberships = new Map<UserId, Map<TeamId, Provenance>>();
    const userRoles = new Map<UserId, Set<RoleId>>();
    for (let u = 0; u < count; u++) {
        const user = random.guid();
        const held = new Set(random.chance(0.2) ? [random.pick(roles)] : []);
        userRoles.set(user, held);
        const teams = new Map<TeamId, Provenance>();
        const manualCount = random.int(1, 3);
        for (let i = 0; i < manualCount; i++) teams.set(random.pick(ordinary), "manual");
        for (const manual of [...teams.keys()]) {
            for (const visit of visitOrder(graph, manual, held))
                if (!teams.has(visit.team)) teams.set(visit.team, "sync");
        }
        const synced = [...teams].filter(([, provenance]) => provenance === "sync");
        if (synced.length > 0 && random.chance(0.05)) teams.delete(random.pick(synced)[0]);
        if (random.chance(0.05)) {
            const stray = random.pick(ordinary);
            if (!teams.has(stray)) teams.set(stray, "sync");
        }
        memberships.set(user, teams);
    }
    return { memberships, userRoles };
}
