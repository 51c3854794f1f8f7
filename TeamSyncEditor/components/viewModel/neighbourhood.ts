import type { TeamId } from "../../engine/types";
import type { LinkView } from "./linkView";

export interface Neighbourhood {
    /** Teams shown, nearest first (the centre first). */
    teams: TeamId[];
    /** Links whose two ends are shown. */
    links: LinkView[];
    /** Teams within the depth that the limit left out. */
    hidden: number;
}

/**
 * The teams linked to `centre` in either direction, out to `depth` links, at most `limit` of them
 * (breadth first, so the nearest are kept), and the links among them.
 */
export function neighbourhood(links: readonly LinkView[], centre: TeamId, depth: number, limit: number): Neighbourhood {
    const around = new Map<TeamId, TeamId[]>();
    const connect = (a: TeamId, b: TeamId): void => {
        const list = around.get(a);
        if (list) list.push(b);
        else around.set(a, [b]);
    };
    for (const link of links) {
        if (link.parent === link.child) continue;
        connect(link.parent, link.child);
        connect(link.child, link.parent);
    }
    const distance = new Map<TeamId, number>([[centre, 0]]);
    const reached: TeamId[] = [centre];
    for (let head = 0; head < reached.length; head++) {
        const team = reached[head];
        const next = (distance.get(team) as number) + 1;
        if (next > depth) continue;
        for (const other of around.get(team) ?? []) {
            if (distance.has(other)) continue;
            distance.set(other, next);
            reached.push(other);
        }
    }
    const teams = reached.slice(0, Math.max(1, limit));
    const shown = new Set(teams);
    return {
        teams,
        links: links.filter((link) => shown.has(link.parent) && shown.has(link.child)),
        hidden: reached.length - teams.length,
    };
}
