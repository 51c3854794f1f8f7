import type { TeamId } from "../../engine/types";
import type { LinkView } from "./linkView";

/** Teams left out beside one shown team: its children (drawn below it) or its parents (above). */
export interface TeamGroup {
    team: TeamId;
    side: "children" | "parents";
    /** How many teams the group stands for. */
    hidden: number;
}

export interface Neighbourhood {
    /** Teams shown, nearest first (the centre first). */
    teams: TeamId[];
    /** Links whose two ends are shown. */
    links: LinkView[];
    /** Teams within the depth that the overall limit left out. */
    hidden: number;
    /** "+N more" beside a team with more children or parents than a drawing can show legibly. */
    groups: TeamGroup[];
}

export interface Grouping {
    /** Children (and, apart, parents) shown per team before the rest are grouped. */
    perTeam: number;
    /** Teams whose groups were opened: all their children and parents are shown. */
    expanded: ReadonlySet<TeamId>;
    /** Teams always shown when within the depth (new links' ends, the teams of a chosen issue). */
    pinned: ReadonlySet<TeamId>;
}

const NO_GROUPING: Grouping = { perTeam: Number.POSITIVE_INFINITY, expanded: new Set(), pinned: new Set() };

/**
 * The teams linked to `centre` in either direction, out to `depth` links, at most `limit` of them
 * (breadth first, so the nearest are kept), and the links among them. Past `perTeam` children or
 * parents of one team, the rest wait in a group (unless pinned, or another shown team reaches them).
 */
export function neighbourhood(
    links: readonly LinkView[],
    centre: TeamId,
    depth: number,
    limit: number,
    grouping: Grouping = NO_GROUPING,
): Neighbourhood {
    const children = new Map<TeamId, TeamId[]>();
    const parents = new Map<TeamId, TeamId[]>();
    const connect = (map: Map<TeamId, TeamId[]>, a: TeamId, b: TeamId): void => {
        const list = map.get(a);
        if (list) list.push(b);
        else map.set(a, [b]);
    };
    for (const link of links) {
        if (link.parent === link.child) continue;
        connect(children, link.parent, link.child);
        connect(parents, link.child, link.parent);
    }
    const distance = new Map<TeamId, number>([[centre, 0]]);
    const reached: TeamId[] = [centre];
    const skipped: { team: TeamId; side: TeamGroup["side"]; teams: TeamId[] }[] = [];
    const visit = (team: TeamId, side: TeamGroup["side"], next: number): void => {
        const fresh = [...new Set((side === "children" ? children : parents).get(team) ?? [])].filter(
            (other) => !distance.has(other),
        );
        const open = grouping.expanded.has(team) || fresh.length <= grouping.perTeam;
        let taken = 0;
        const left: TeamId[] = [];
        for (const other of fresh) {
            if (open || grouping.pinned.has(other) || taken < grouping.perTeam) {
                if (!grouping.pinned.has(other)) taken++;
                distance.set(other, next);
                reached.push(other);
            } else {
                left.push(other);
            }
        }
        if (left.length > 0) skipped.push({ team, side, teams: left });
    };
    for (let head = 0; head < reached.length; head++) {
        const team = reached[head];
        const next = (distance.get(team) as number) + 1;
        if (next > depth) continue;
        visit(team, "parents", next);
        visit(team, "children", next);
    }
    const teams = reached.slice(0, Math.max(1, limit));
    const shown = new Set(teams);
    const groups = skipped
        .filter((group) => shown.has(group.team))
        .map((group) => ({
            team: group.team,
            side: group.side,
            hidden: group.teams.filter((team) => !distance.has(team)).length,
        }))
        .filter((group) => group.hidden > 0);
    return {
        teams,
        links: links.filter((link) => shown.has(link.parent) && shown.has(link.child)),
        hidden: reached.length - teams.length,
        groups,
    };
}
