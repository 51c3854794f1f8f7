import type { SyncModel, TeamId } from "../../../TeamSyncEditor/engine/types";

/**
 * The teams joined to `start` by active links, whichever way, through any number of links: as the
 * plugin's ConnectedTeams, the teams whose members a reconcile of `start` looks at.
 */
export function connectedTeams(model: SyncModel, start: readonly TeamId[]): Set<TeamId> {
    const neighbours = new Map<TeamId, TeamId[]>();
    const link = (a: TeamId, b: TeamId) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    for (const config of model.configs.filter((c) => c.active)) {
        for (const member of config.members.filter((m) => m.active)) {
            link(config.parent, member.child);
            link(member.child, config.parent);
        }
    }
    const seen = new Set(start);
    const queue = [...seen];
    while (queue.length > 0) {
        for (const next of neighbours.get(queue.shift() as TeamId) ?? []) {
            if (seen.has(next)) continue;
            seen.add(next);
            queue.push(next);
        }
    }
    return seen;
}
