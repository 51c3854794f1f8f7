import { SyncModel } from "../../TeamSyncEditor/engine";

/**
 * A deliberately naive reading of docs/semantics.md §2 for property tests: the edges as team-id pairs and
 * Floyd–Warshall reachability over them, independent of the engine's indexed graph.
 */
export interface ReferenceEdge {
    from: string;
    to: string;
    /** From a One-way member's forward edge. */
    oneWay: boolean;
}

/** `held` null: every edge whatever its role (validation); otherwise the edges open for a user holding `held`. */
export function referenceEdges(model: SyncModel, held: ReadonlySet<string> | null): ReferenceEdge[] {
    const teams = new Map(model.teams.map((team) => [team.id, team]));
    const managed = (id: string) => {
        const team = teams.get(id);
        return team !== undefined && (team.isDefault || team.type === 2 || team.type === 3);
    };
    const edges: ReferenceEdge[] = [];
    for (const config of model.configs) {
        for (const member of config.members) {
            if (
                !config.active ||
                !member.active ||
                !teams.has(config.parent) ||
                !teams.has(member.child) ||
                config.parent === member.child
            )
                continue;
            const open =
                held === null || member.role === null || (model.roles.includes(member.role) && held.has(member.role));
            if (!open) continue;
            if (!managed(member.child))
                edges.push({ from: config.parent, to: member.child, oneWay: config.direction === "one-way" });
            if (config.direction === "bidirectional" && !managed(config.parent))
                edges.push({ from: member.child, to: config.parent, oneWay: false });
        }
    }
    return edges;
}

/** reaches(a, b): b is reachable from a over at least one edge. */
export function reachability(
    teamIds: readonly string[],
    edges: readonly ReferenceEdge[],
): (a: string, b: string) => boolean {
    const index = new Map(teamIds.map((id, i) => [id, i]));
    const n = teamIds.length;
    const matrix = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
    for (const edge of edges) matrix[index.get(edge.from) as number][index.get(edge.to) as number] = true;
    for (let k = 0; k < n; k++)
        for (let i = 0; i < n; i++) if (matrix[i][k]) for (let j = 0; j < n; j++) if (matrix[k][j]) matrix[i][j] = true;
    return (a, b) => {
        const i = index.get(a);
        const j = index.get(b);
        return i !== undefined && j !== undefined && matrix[i][j];
    };
}

/** reach(start) as a set, start excluded (docs/semantics.md §2). */
export function referenceReach(
    teamIds: readonly string[],
    reaches: (a: string, b: string) => boolean,
    start: string,
): Set<string> {
    return new Set(teamIds.filter((id) => id !== start && reaches(start, id)));
}
