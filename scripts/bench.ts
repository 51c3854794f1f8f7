// `npm run bench`: times the engine on generated orgs, prints a table and merges the figures
// into bench-results.json (other benchmarks add their own keys to the same file).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import {
    buildGraph,
    planJoin,
    planLeave,
    previewEdit,
    reconcile,
    validate,
    visitOrder,
} from "../TeamSyncEditor/engine";
import { generateOrg } from "../bench/generateOrg";
import { runImpactBench } from "../bench/impactBench";
import { runLayoutBench } from "../bench/layoutBench";
import { interleavedMediansMs, medianMs } from "../bench/measure";
import { sampleEdit } from "../bench/sampleEdit";

const RESULTS = "bench-results.json";
const sizes = [
    { label: "2k", teams: 2_000, links: 5_000 },
    { label: "20k", teams: 20_000, links: 50_000 },
];

const results: Record<string, number> = {};
const rows: [string, string, string, string][] = [];
const orgs = sizes.map((size) => generateOrg({ teams: size.teams, links: size.links, users: 1_000 }));
// Validate at both sizes in alternation: their ratio is a target, and the load must not skew it.
const validateMs = interleavedMediansMs(orgs.map((org) => () => validate(org.model)));
sizes.forEach((size, i) => {
    results[`validate_${size.label}_ms`] = round(validateMs[i]);
    rows.push([
        "validate",
        size.label,
        results[`validate_${size.label}_ms`].toFixed(3),
        "builds the graph itself; 2k and 20k interleaved",
    ]);
});
for (const [i, size] of sizes.entries()) {
    const org = orgs[i];
    const graph = buildGraph(org.model);
    // The widest unit's top team: the join and leave that touch the most teams.
    const top = org.unitRoots[0];
    const reached = visitOrder(graph, top, new Set()).map((visit) => visit.team);
    const member = new Map([[top, "manual" as const], ...reached.map((team) => [team, "sync" as const] as const)]);
    const edited = buildGraph(sampleEdit(org.model, top, org.unitRoots[1]));
    const k = size.label;
    const time = (key: string, label: string, run: () => unknown, note: string) => {
        results[key] = round(medianMs(run));
        rows.push([label, k, results[key].toFixed(3), note]);
    };
    time(`build_graph_${k}_ms`, "buildGraph", () => buildGraph(org.model), "");
    time(
        `join_${k}_ms`,
        "planJoin",
        () => planJoin(graph, "u", top, new Map(), new Set()),
        `prebuilt graph; ${reached.length} teams added`,
    );
    time(
        `leave_${k}_ms`,
        "planLeave",
        () => planLeave(graph, "u", top, member, new Set()),
        `prebuilt graph; ${reached.length} teams removed`,
    );
    time(
        `reconcile_1k_users_${k}_ms`,
        "reconcile, 1,000 users",
        () => reconcile(graph, org.memberships, org.userRoles),
        "prebuilt graph",
    );
    time(
        `preview_edit_${k}_ms`,
        "previewEdit, 1,000 users",
        () => previewEdit(graph, edited, org.memberships, org.userRoles),
        "prebuilt graphs: 2 reconciles",
    );
}
results.heap_mb = round(process.memoryUsage().heapUsed / 2 ** 20);
const impact = runImpactBench();
results.impact_1k_users_2k_ms = impact.impact_1k_users_2k_ms;
rows.push([
    "edit impact",
    "2k",
    impact.impact_1k_users_2k_ms.toFixed(3),
    `${impact.usersTouched} users, ${impact.membershipsChanged} changes`,
]);
const layout = runLayoutBench();
Object.assign(results, layout);
rows.push(["layered layout", "300", layout.layout_300_ms.toFixed(3), "300 nodes / 500 random links; target ≤ 20 ms"]);
rows.push([
    "layered layout",
    "2k",
    layout.layout_2000_ms.toFixed(3),
    "2,000 nodes / 5,000 random links; target ≤ 100 ms",
]);
results.validate_20k_over_2k = round(results.validate_20k_ms / results.validate_2k_ms);
// Wall-clock medians: on a shared machine they rise with its load, so the load is kept beside them.
results.engine_bench_load_average = round(loadavg()[0]);

const widths = [26, 5, 10, 40];
const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ");
console.log(line(["operation", "org", "median ms", "note"]));
for (const row of rows) console.log(line(row));
console.log(
    `heap ${results.heap_mb} MB (after the engine's runs, both orgs loaded); validate 20k / 2k = ${results.validate_20k_over_2k} (target ≤ 12); load average ${results.engine_bench_load_average}`,
);
console.log("targets: validate 2k ≤ 5 ms, join and leave 2k ≤ 1 ms");

const existing = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as Record<string, unknown>) : {};
writeFileSync(RESULTS, `${JSON.stringify({ ...existing, ...results }, null, 2)}\n`);
console.log(`wrote ${RESULTS}`);

function round(value: number): number {
    return Math.round(value * 1000) / 1000;
}
