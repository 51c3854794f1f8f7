// Layout benchmark: median time of layoutGraph on random graphs of 300 nodes / 500 links
// (target ≤ 20 ms) and 2,000 / 5,000 (target ≤ 100 ms). Keys: layout_300_ms, layout_2000_ms.
// Random links are the hard case: real neighbourhoods are shallower and have fewer crossings.
import { layoutGraph } from "../TeamSyncEditor/layout/layoutGraph";
import type { LayoutLink, LayoutNode } from "../TeamSyncEditor/layout/types";
import { medianMs } from "./measure";
import { SeededRandom } from "./random";

export interface LayoutBenchResult {
    layout_300_ms: number;
    layout_2000_ms: number;
}

/** Mostly parent-to-child links (lower index to higher), with one in twenty pointing back, making cycles. */
function randomGraph(nodeCount: number, linkCount: number, seed: number): { nodes: LayoutNode[]; links: LayoutLink[] } {
    const random = new SeededRandom(seed);
    const nodes = Array.from({ length: nodeCount }, (_, i) => ({
        id: `team-${String(i).padStart(5, "0")}`,
        width: 200,
        height: 64,
    }));
    const links: LayoutLink[] = [];
    while (links.length < linkCount) {
        const a = random.int(0, nodeCount - 1);
        const b = random.int(0, nodeCount - 1);
        if (a === b) continue;
        const [source, target] = a < b || random.chance(0.05) ? [a, b] : [b, a];
        links.push({ source: nodes[source].id, target: nodes[target].id });
    }
    return { nodes, links };
}

export function runLayoutBench(): LayoutBenchResult {
    const small = randomGraph(300, 500, 1);
    const large = randomGraph(2_000, 5_000, 2);
    const round = (value: number) => Math.round(value * 1000) / 1000;
    return {
        layout_300_ms: round(medianMs(() => layoutGraph(small.nodes, small.links))),
        layout_2000_ms: round(medianMs(() => layoutGraph(large.nodes, large.links), 11)),
    };
}
