/**
 * Longest-path layering of an acyclic graph: sources on layer 0, every edge goes at least one
 * layer down. Nodes are indices 0..n-1; edges are [from, to] pairs.
 */
export function assignLayers(nodeCount: number, edges: ReadonlyArray<readonly [number, number]>): number[] {
    const out: number[][] = Array.from({ length: nodeCount }, () => []);
    const inDegree = new Array<number>(nodeCount).fill(0);
    for (const [from, to] of edges) {
        out[from].push(to);
        inDegree[to]++;
    }
    const layer = new Array<number>(nodeCount).fill(0);
    const queue: number[] = [];
    for (let node = 0; node < nodeCount; node++) if (inDegree[node] === 0) queue.push(node);
    for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        for (const to of out[node]) {
            if (layer[node] + 1 > layer[to]) layer[to] = layer[node] + 1;
            if (--inDegree[to] === 0) queue.push(to);
        }
    }
    if (queue.length !== nodeCount) throw new Error("assignLayers needs an acyclic graph");
    return layer;
}
