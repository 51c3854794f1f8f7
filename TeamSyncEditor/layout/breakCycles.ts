/**
 * Makes a directed graph acyclic by reversing its back-edges, found by a depth-first search that
 * starts from the sources (so links out of a root keep pointing down) and then from any node left.
 * Nodes are indices 0..n-1; edges are [from, to] pairs. Returns the edges, some reversed.
 */
export function breakCycles(
    nodeCount: number,
    edges: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
    const out: number[][] = Array.from({ length: nodeCount }, () => []);
    const inDegree = new Array<number>(nodeCount).fill(0);
    edges.forEach(([from, to], index) => {
        out[from].push(index);
        inDegree[to]++;
    });
    // 0 unvisited, 1 on the DFS stack, 2 done.
    const state = new Uint8Array(nodeCount);
    const reversed = new Uint8Array(edges.length);
    const visit = (start: number): void => {
        const stack: Array<[number, number]> = [[start, 0]];
        state[start] = 1;
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            const [node, next] = frame;
            if (next >= out[node].length) {
                state[node] = 2;
                stack.pop();
                continue;
            }
            frame[1] = next + 1;
            const edge = out[node][next];
            const to = edges[edge][1];
            if (state[to] === 1) reversed[edge] = 1;
            else if (state[to] === 0) {
                state[to] = 1;
                stack.push([to, 0]);
            }
        }
    };
    for (let node = 0; node < nodeCount; node++) if (inDegree[node] === 0 && state[node] === 0) visit(node);
    for (let node = 0; node < nodeCount; node++) if (state[node] === 0) visit(node);
    return edges.map(([from, to], index) => (reversed[index] ? [to, from] : [from, to]));
}
