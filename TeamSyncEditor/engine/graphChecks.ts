import { stronglyConnectedComponents } from "./stronglyConnectedComponents";
import { SyncGraph } from "./graph";
import { IssueList } from "./issueList";
import { pairKey } from "./pairChecks";
import { Settings } from "./types";
import { wideReachCounts } from "./wideCascade";

/**
 * docs/semantics.md §7 `cycle` and `wide-cascade`: the checks on the §2 graph with every edge, reverse edges
 * included and roles ignored.
 */
export function checkGraph(
    graph: SyncGraph,
    conflicts: ReadonlySet<number>,
    settings: Settings,
    issues: IssueList,
): void {
    const n = graph.teamIds.length;
    const components = stronglyConnectedComponents(graph);

    // A One-way edge inside a component (not already a direction conflict) is really bidirectional.
    const links = graph.linkTable;
    const cycleRecords = new Map<number, string[]>();
    for (let s = 0; s < links.count; s++) {
        const from = links.from[s];
        const to = links.to[s];
        if (links.bidirectional[s] || graph.managed[to]) continue;
        const component = components.of[from];
        if (component !== components.of[to] || conflicts.has(pairKey(from, to, n))) continue;
        const records = cycleRecords.get(component);
        if (records) records.push(links.configId[s], links.memberId[s]);
        else cycleRecords.set(component, [links.configId[s], links.memberId[s]]);
    }
    if (cycleRecords.size > 0) {
        const teamsOf = new Map<number, string[]>();
        for (let t = 0; t < n; t++) {
            const component = components.of[t];
            if (!cycleRecords.has(component)) continue;
            const teams = teamsOf.get(component) ?? [];
            teams.push(graph.teamIds[t]);
            teamsOf.set(component, teams);
        }
        for (const [component, records] of cycleRecords) issues.add("cycle", teamsOf.get(component) ?? [], records);
    }

    const counts = wideReachCounts(graph, components, settings.wideCascade);
    for (let t = 0; t < n; t++) {
        if (counts[t] < 0) continue;
        const records: string[] = [];
        for (let e = graph.outStart[t]; e < graph.outStart[t + 1]; e++) {
            const s = graph.outLink[e];
            records.push(links.configId[s], links.memberId[s]);
        }
        issues.add("wide-cascade", [graph.teamIds[t]], records, counts[t]);
    }
}
