import { isOpen, SyncGraph } from "./graph";
import { TeamId } from "./types";

/**
 * The breadth-first walk of docs/semantics.md §2 "Visit order" over the edges open for one user, on team
 * numbers. Marks are stamped with a generation so that one walker serves many walks (reconcile
 * walks for every user) without clearing arrays; walks started under one generation share their
 * visited set.
 */
export class Walker {
    private readonly mark: Int32Array;
    private readonly parent: Int32Array;
    private readonly queue: Int32Array;
    private generation = 0;

    constructor(private readonly graph: SyncGraph) {
        const n = graph.teamIds.length;
        this.mark = new Int32Array(n);
        this.parent = new Int32Array(n);
        this.queue = new Int32Array(n);
    }

    /** Starts a new visited set. */
    reset(): void {
        this.generation++;
    }

    isVisited(team: number): boolean {
        return this.mark[team] === this.generation;
    }

    /**
     * Visits `start` (if not yet visited in this generation) and every team reachable from it that
     * is not yet visited, in visit order, calling `onVisit` for each team other than `start`.
     */
    walk(start: number, held: Uint8Array, onVisit: (team: number) => void): void {
        if (this.isVisited(start)) return;
        const { outStart, outTarget, outRole } = this.graph;
        const mark = this.mark;
        const queue = this.queue;
        const generation = this.generation;
        mark[start] = generation;
        this.parent[start] = -1;
        let head = 0;
        let tail = 0;
        queue[tail++] = start;
        while (head < tail) {
            const from = queue[head++];
            // Forward edges come before reverse edges, each in rank order (see SyncGraph).
            for (let e = outStart[from], end = outStart[from + 1]; e < end; e++) {
                const to = outTarget[e];
                if (mark[to] === generation || !isOpen(outRole[e], held)) continue;
                mark[to] = generation;
                this.parent[to] = from;
                queue[tail++] = to;
                onVisit(to);
            }
        }
    }

    /** The path from the start of the walk that visited `team` to `team`, both ends included. */
    via(team: number): TeamId[] {
        const path: TeamId[] = [];
        for (let t = team; t !== -1; t = this.parent[t]) path.push(this.graph.teamIds[t]);
        return path.reverse();
    }
}
