// Layout benchmark: median time of layoutGraph on random graphs of 300 nodes / 500 links and
// 2,000 / 5,000, merged into bench-results.json as layout_300_ms and layout_2000_ms.
// Run: npx tsx bench/layoutBench.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { layoutGraph } from "../TeamSyncEditor/layout/layoutGraph";
import { LayoutLink, LayoutNode } from "../TeamSyncEditor/layout/types";

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same graphs. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Mostly parent-to-child links (lower index to higher), with a few back-links making cycles. */
function graph(nodeCount: number, linkCount: number, seed: number): { nodes: LayoutNode[]; links: LayoutLink[] } {
    const next = random(seed);
    const nodes = Array.from({ length: nodeCount }, (_, i) => ({ id: `team-${String(i).padStart(5, "0")}`, width: 180, height: 56 }));
    const links: LayoutLink[] = [];
    while (links.length < linkCount) {
        const a = Math.floor(next() * nodeCount);
        const b = Math.floor(next() * nodeCount);
        if (a === b) continue;
        const [source, target] = a < b || next() < 0.05 ? [a, b] : [b, a];
        links.push({ source: nodes[source].id, target: nodes[target].id });
    }
    return { nodes, links };
}

function medianMs(run: () => void, repeats: number): number {
    run();
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)] * 100) / 100;
}

const small = graph(300, 500, 1);
const large = graph(2000, 5000, 2);
const results = {
    layout_300_ms: medianMs(() => layoutGraph(small.nodes, small.links), 15),
    layout_2000_ms: medianMs(() => layoutGraph(large.nodes, large.links), 7),
};
const file = path.resolve(__dirname, "..", "bench-results.json");
const merged = { ...(existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}), ...results };
writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
console.log(JSON.stringify(results));
