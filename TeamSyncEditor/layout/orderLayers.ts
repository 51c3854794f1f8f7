import { countCrossings } from "./countCrossings";

export interface LayerOrder {
    /** Real nodes of each layer, left to right. */
    layers: number[][];
    /** Crossings of the chosen order between neighbouring layers (long edges through their dummy nodes when they have them). */
    crossings: number;
}

/** Beyond this many dummy nodes per real node, long edges link their real ends directly (see orderLayers). */
const DUMMIES_PER_NODE = 4;

/**
 * Orders each layer to cut crossings. Long edges get one dummy node per layer they pass, unless
 * that would swamp the graph (dense graphs with deep layering): then they pull on their far end
 * directly and only neighbouring-layer crossings are counted, which keeps large graphs fast.
 * Barycenter sweeps (down, then up), each followed by swaps of neighbours that remove crossings,
 * reorder the layers; the order with the fewest crossings wins.
 * Nodes are indices 0..n-1 with their layers; edges are [from, to] pairs pointing down.
 */
export function orderLayers(
    layerOf: readonly number[],
    edges: ReadonlyArray<readonly [number, number]>,
    sweeps: number,
): LayerOrder {
    const realCount = layerOf.length;
    const dummyCount = edges.reduce((sum, [from, to]) => sum + layerOf[to] - layerOf[from] - 1, 0);
    const withDummies = dummyCount <= DUMMIES_PER_NODE * realCount;
    const layerOfAll = [...layerOf];
    const up: number[][] = Array.from({ length: realCount }, () => []);
    const down: number[][] = Array.from({ length: realCount }, () => []);
    const link = (from: number, to: number): void => {
        down[from].push(to);
        up[to].push(from);
    };
    for (const [from, to] of edges) {
        let previous = from;
        for (let layer = layerOf[from] + 1; withDummies && layer < layerOf[to]; layer++) {
            const dummy = layerOfAll.length;
            layerOfAll.push(layer);
            up.push([]);
            down.push([]);
            link(previous, dummy);
            previous = dummy;
        }
        link(previous, to);
    }

    const layerCount = layerOfAll.reduce((max, layer) => Math.max(max, layer + 1), 0);
    const layers: number[][] = Array.from({ length: layerCount }, () => []);
    layerOfAll.forEach((layer, node) => layers[layer].push(node));
    // Position within the layer, scaled to 0..1 so that ends on layers of different sizes compare.
    const place = new Float64Array(layerOfAll.length);
    const renumber = (layer: number[]): void =>
        layer.forEach((node, index) => {
            place[node] = (index + 0.5) / layer.length;
        });
    layers.forEach(renumber);

    const totalCrossings = (): number => {
        let total = 0;
        for (let layer = 0; layer + 1 < layerCount; layer++) {
            const below = layers[layer + 1].length;
            const pairs: Array<[number, number]> = [];
            layers[layer].forEach((node, index) => {
                for (const to of down[node])
                    if (layerOfAll[to] === layer + 1) pairs.push([index, Math.floor(place[to] * below)]);
            });
            total += countCrossings(pairs, below);
        }
        return total;
    };
    // Odd sweeps break ties the other way round, which lets them leave plateaus the even ones stop on.
    let tieSign = 1;
    const barycenter = new Float64Array(layerOfAll.length);
    const reorder = (layer: number[], neighbours: number[][]): void => {
        for (const node of layer) {
            const around = neighbours[node];
            let sum = 0;
            for (const other of around) sum += place[other];
            barycenter[node] = around.length === 0 ? place[node] : sum / around.length;
        }
        layer.sort((a, b) => barycenter[a] - barycenter[b] || tieSign * (place[a] - place[b]));
        renumber(layer);
    };
    // Crossings between the edges of u and those of v when u is left of v.
    const sideCrossings = (left: number[], right: number[]): number => {
        let crossings = 0;
        for (const a of left) for (const b of right) if (place[a] > place[b]) crossings++;
        return crossings;
    };
    const pairCrossings = (u: number, v: number): number =>
        sideCrossings(up[u], up[v]) + sideCrossings(down[u], down[v]);
    // Swaps neighbours while that removes crossings (Gansner et al.'s transpose), a few passes at most.
    const transpose = (): void => {
        for (let pass = 0; pass < 4; pass++) {
            let improved = false;
            for (const layer of layers) {
                for (let i = 0; i + 1 < layer.length; i++) {
                    const [u, v] = [layer[i], layer[i + 1]];
                    const [kept, swapped] = [pairCrossings(u, v), pairCrossings(v, u)];
                    if (swapped < kept || (tieSign < 0 && swapped === kept && swapped > 0)) {
                        [layer[i], layer[i + 1]] = [v, u];
                        [place[u], place[v]] = [place[v], place[u]];
                        improved = improved || swapped < kept;
                    }
                }
            }
            if (!improved) return;
        }
    };

    let best = layers.map((layer) => [...layer]);
    let bestCrossings = totalCrossings();
    let improved = false;
    const keepIfBetter = (): void => {
        transpose();
        const crossings = totalCrossings();
        if (crossings < bestCrossings) {
            bestCrossings = crossings;
            best = layers.map((layer) => [...layer]);
            improved = true;
        }
    };
    // Stops early after two sweeps in a row that found nothing better.
    for (let sweep = 0, idle = 0; sweep < sweeps && bestCrossings > 0 && idle < 2; sweep++) {
        improved = false;
        tieSign = sweep % 2 === 0 ? 1 : -1;
        for (let layer = 1; layer < layerCount; layer++) reorder(layers[layer], up);
        keepIfBetter();
        for (let layer = layerCount - 2; layer >= 0; layer--) reorder(layers[layer], down);
        keepIfBetter();
        idle = improved ? 0 : idle + 1;
    }
    return { layers: best.map((layer) => layer.filter((node) => node < realCount)), crossings: bestCrossings };
}
