import { isManagedTeam } from "./managedTeam";
import { RoleId, SyncModel, TeamId } from "./types";

/** `outRole`/`inRole` value of an edge that applies to every user. */
export const NO_ROLE = -1;
/** `outRole`/`inRole` value of an edge whose role does not exist: it is open for nobody (docs/semantics.md §2). */
export const MISSING_ROLE = -2;

/**
 * An active member of an active configuration whose two teams exist and differ (docs/semantics.md §7 looks at
 * these whether or not they yield an edge): the records and teams behind the graph's edges.
 */
export interface Link {
    configId: string;
    memberId: string;
    /** Team numbers of the configuration's parent and the member's child. */
    from: number;
    to: number;
    bidirectional: boolean;
    role: RoleId | null;
}

/**
 * The links as parallel arrays by link number (the number `outLink` holds): validate reads them
 * this way, as a large org's tens of thousands of link objects cost more to allocate and to keep
 * through garbage collection than the checks themselves.
 */
export interface LinkTable {
    readonly count: number;
    readonly configId: readonly string[];
    readonly memberId: readonly string[];
    readonly from: Int32Array;
    readonly to: Int32Array;
    /** 1 for a member of a Bidirectional configuration. */
    readonly bidirectional: Uint8Array;
    readonly role: readonly (RoleId | null)[];
}

/**
 * docs/semantics.md §2 graph, compiled once and indexed by team number (the team's position in `teamIds`).
 * Edges are kept per member rather than deduplicated, so that each user sees the edges open for
 * them at their best open rank: a walk takes a team's edges in rank order and skips closed ones
 * and already visited targets, which is exactly "count once, at the best open rank".
 */
export interface SyncGraph {
    readonly teamIds: readonly TeamId[];
    readonly index: ReadonlyMap<TeamId, number>;
    /** 1 for a managed team (docs/semantics.md §2). */
    readonly managed: Uint8Array;
    /** Existing roles → role number. */
    readonly roleIndex: ReadonlyMap<RoleId, number>;
    /**
     * Out-edges of team `t` are `outStart[t] .. outStart[t + 1]`: its forward edges in rank order up
     * to `reverseStart[t]`, then its reverse edges in rank order.
     */
    readonly outStart: Int32Array;
    readonly reverseStart: Int32Array;
    readonly outTarget: Int32Array;
    /** Role number, `NO_ROLE` or `MISSING_ROLE`. */
    readonly outRole: Int32Array;
    /** Link number (index into `linkTable` and `links`): the member that yields the edge. */
    readonly outLink: Int32Array;
    /** In-edges of team `t` are `inStart[t] .. inStart[t + 1]` (any order). */
    readonly inStart: Int32Array;
    readonly inFrom: Int32Array;
    readonly inRole: Int32Array;
    readonly linkTable: LinkTable;
    /** The links of `linkTable` as objects, built on first use. */
    readonly links: readonly Link[];
    /** Active records (of active configurations) that name a team that does not exist: they yield nothing. */
    readonly unresolved: readonly UnresolvedTeam[];
}

export interface UnresolvedTeam {
    team: TeamId;
    /** The configuration, and the member when the member names the team. */
    records: string[];
}

export function buildGraph(model: SyncModel): SyncGraph {
    const teamIds: TeamId[] = [];
    const index = new Map<TeamId, number>();
    const managedByTeam = new Uint8Array(model.teams.length);
    for (const team of model.teams) {
        if (index.has(team.id)) continue;
        if (isManagedTeam(team)) managedByTeam[teamIds.length] = 1;
        index.set(team.id, teamIds.length);
        teamIds.push(team.id);
    }
    const n = teamIds.length;
    const managed = n === managedByTeam.length ? managedByTeam : managedByTeam.slice(0, n);
    const roleIndex = new Map<RoleId, number>();
    for (const role of model.roles) if (!roleIndex.has(role)) roleIndex.set(role, roleIndex.size);

    // Pass 1: the links, and each team's count of forward and reverse edges.
    let memberCount = 0;
    for (const config of model.configs) memberCount += config.members.length;
    let linkCount = 0;
    const configIds: string[] = [];
    const memberIds: string[] = [];
    const linkFrom = new Int32Array(memberCount);
    const linkTo = new Int32Array(memberCount);
    const linkBoth = new Uint8Array(memberCount);
    const linkRoles: (RoleId | null)[] = [];
    const roles = new Int32Array(memberCount);
    const orders = new Float64Array(memberCount);
    const unresolved: UnresolvedTeam[] = [];
    const forwardCount = new Int32Array(n);
    const reverseCount = new Int32Array(n);
    for (const config of model.configs) {
        if (!config.active) continue;
        const parent = index.get(config.parent);
        if (parent === undefined) unresolved.push({ team: config.parent, records: [config.id] });
        const both = config.direction === "bidirectional";
        for (const member of config.members) {
            if (!member.active) continue;
            const child = member.child === config.parent ? parent : index.get(member.child);
            if (child === undefined) unresolved.push({ team: member.child, records: [config.id, member.id] });
            if (child === undefined || parent === undefined || child === parent) continue;
            roles[linkCount] = member.role === null ? NO_ROLE : (roleIndex.get(member.role) ?? MISSING_ROLE);
            orders[linkCount] = member.order ?? Infinity;
            configIds.push(config.id);
            memberIds.push(member.id);
            linkFrom[linkCount] = parent;
            linkTo[linkCount] = child;
            linkBoth[linkCount] = both ? 1 : 0;
            linkRoles.push(member.role);
            linkCount++;
            if (!managed[child]) forwardCount[parent]++;
            if (both && !managed[parent]) reverseCount[child]++;
        }
    }

    // Pass 2: place each edge in its team's forward or reverse segment, then sort the segments.
    const outStart = new Int32Array(n + 1);
    const reverseStart = new Int32Array(n);
    for (let t = 0; t < n; t++) {
        reverseStart[t] = outStart[t] + forwardCount[t];
        outStart[t + 1] = reverseStart[t] + reverseCount[t];
    }
    const m = outStart[n];
    const outTarget = new Int32Array(m);
    const outRole = new Int32Array(m);
    const outLink = new Int32Array(m);
    const rank = new Float64Array(m);
    const nextForward = outStart.slice(0, n);
    const nextReverse = reverseStart.slice();
    const inStart = new Int32Array(n + 1);
    for (let s = 0; s < linkCount; s++) {
        const parent = linkFrom[s];
        const child = linkTo[s];
        if (!managed[child]) {
            const e = nextForward[parent]++;
            outTarget[e] = child;
            outRole[e] = roles[s];
            outLink[e] = s;
            rank[e] = orders[s];
            inStart[child + 1]++;
        }
        if (linkBoth[s] && !managed[parent]) {
            const e = nextReverse[child]++;
            outTarget[e] = parent;
            outRole[e] = roles[s];
            outLink[e] = s;
            inStart[parent + 1]++;
        }
    }
    for (let t = 0; t < n; t++) {
        sortSegment(outStart[t], reverseStart[t], rank, outTarget, outRole, outLink, teamIds);
        sortSegment(reverseStart[t], outStart[t + 1], rank, outTarget, outRole, outLink, teamIds);
        inStart[t + 1] += inStart[t];
    }

    const inFrom = new Int32Array(m);
    const inRole = new Int32Array(m);
    const nextIn = inStart.slice(0, n);
    for (let t = 0; t < n; t++) {
        for (let e = outStart[t]; e < outStart[t + 1]; e++) {
            const slot = nextIn[outTarget[e]]++;
            inFrom[slot] = t;
            inRole[slot] = outRole[e];
        }
    }
    const linkTable: LinkTable = {
        count: linkCount,
        configId: configIds,
        memberId: memberIds,
        from: linkFrom.subarray(0, linkCount),
        to: linkTo.subarray(0, linkCount),
        bidirectional: linkBoth.subarray(0, linkCount),
        role: linkRoles,
    };
    let links: Link[] | undefined;
    return {
        teamIds,
        index,
        managed,
        roleIndex,
        outStart,
        reverseStart,
        outTarget,
        outRole,
        outLink,
        inStart,
        inFrom,
        inRole,
        linkTable,
        unresolved,
        get links() {
            links ??= linkObjects(linkTable);
            return links;
        },
    };
}

function linkObjects(table: LinkTable): Link[] {
    const links: Link[] = [];
    for (let s = 0; s < table.count; s++) {
        links.push({
            configId: table.configId[s],
            memberId: table.memberId[s],
            from: table.from[s],
            to: table.to[s],
            bidirectional: table.bidirectional[s] === 1,
            role: table.role[s],
        });
    }
    return links;
}

/**
 * Sorts the edges `from .. to` by rank: (rank value, target id). Forward edges carry the member's
 * order (empty: Infinity) and reverse edges 0, so reverse edges sort by parent id alone. Most
 * teams have a handful of edges: those are sorted in place, without allocating.
 */
function sortSegment(
    from: number,
    to: number,
    rank: Float64Array,
    target: Int32Array,
    role: Int32Array,
    link: Int32Array,
    teamIds: readonly TeamId[],
): void {
    if (to - from <= 16) {
        for (let i = from + 1; i < to; i++) {
            const r = rank[i];
            const t = target[i];
            const o = role[i];
            const l = link[i];
            let j = i - 1;
            while (j >= from && (rank[j] !== r ? r < rank[j] : compareIds(teamIds[t], teamIds[target[j]]) < 0)) {
                rank[j + 1] = rank[j];
                target[j + 1] = target[j];
                role[j + 1] = role[j];
                link[j + 1] = link[j];
                j--;
            }
            rank[j + 1] = r;
            target[j + 1] = t;
            role[j + 1] = o;
            link[j + 1] = l;
        }
        return;
    }
    const order: number[] = [];
    for (let e = from; e < to; e++) order.push(e);
    order.sort((a, b) =>
        rank[a] !== rank[b] ? (rank[a] < rank[b] ? -1 : 1) : compareIds(teamIds[target[a]], teamIds[target[b]]),
    );
    const sorted = order.map((e) => [rank[e], target[e], role[e], link[e]]);
    for (let i = 0; i < sorted.length; i++) {
        const e = from + i;
        [rank[e], target[e], role[e], link[e]] = sorted[i];
    }
}

/** docs/semantics.md §2: ids compare code unit by code unit. */
export function compareIds(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The roles of `roles` that exist, as flags by role number: an edge with role `r` is open for this
 * user when `r === NO_ROLE` or `held[r] === 1`.
 */
export function heldRoles(graph: SyncGraph, roles: ReadonlySet<RoleId> | undefined): Uint8Array {
    const held = new Uint8Array(graph.roleIndex.size);
    if (roles) {
        for (const role of roles) {
            const r = graph.roleIndex.get(role);
            if (r !== undefined) held[r] = 1;
        }
    }
    return held;
}

/** Whether an edge with this role value is open for a user with these held roles. */
export function isOpen(role: number, held: Uint8Array): boolean {
    return role === NO_ROLE || (role >= 0 && held[role] === 1);
}
