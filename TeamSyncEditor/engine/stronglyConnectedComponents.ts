import { SyncGraph } from "./graph";

export interface Components {
    /** Component number of each team. A component's number is smaller than that of any component with an edge into it (sinks first). */
    readonly of: Int32Array;
    readonly count: number;
}

/** Strongly connected components over every edge of the graph, roles ignored: Tarjan's algorithm, iteratively. */
export function stronglyConnectedComponents(graph: SyncGraph): Components {
    const { outStart, outTarget } = graph;
    const n = graph.teamIds.length;
    const order = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const of = new Int32Array(n).fill(-1);
    const stack = new Int32Array(n);
    const onStack = new Uint8Array(n);
    // The explicit call stack: a team and the next out-edge to look at.
    const calls = new Int32Array(n);
    const nextEdge = new Int32Array(n);
    let counter = 0;
    let stackSize = 0;
    let count = 0;
    for (let root = 0; root < n; root++) {
        if (order[root] !== -1) continue;
        let depth = 0;
        order[root] = low[root] = counter++;
        stack[stackSize++] = root;
        onStack[root] = 1;
        calls[depth++] = root;
        nextEdge[root] = outStart[root];
        while (depth > 0) {
            const v = calls[depth - 1];
            if (nextEdge[v] < outStart[v + 1]) {
                const w = outTarget[nextEdge[v]++];
                if (order[w] === -1) {
                    order[w] = low[w] = counter++;
                    stack[stackSize++] = w;
                    onStack[w] = 1;
                    calls[depth++] = w;
                    nextEdge[w] = outStart[w];
                } else if (onStack[w] && order[w] < low[v]) {
                    low[v] = order[w];
                }
                continue;
            }
            depth--;
            if (low[v] === order[v]) {
                let w: number;
                do {
                    w = stack[--stackSize];
                    onStack[w] = 0;
                    of[w] = count;
                } while (w !== v);
                count++;
            }
            if (depth > 0) {
                const u = calls[depth - 1];
                if (low[v] < low[u]) low[u] = low[v];
            }
        }
    }
    return { of, count };
}
