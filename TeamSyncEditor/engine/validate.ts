import { buildGraph, SyncGraph } from "./graph";
import { checkGraph } from "./graphChecks";
import { IssueList } from "./issueList";
import { checkPairs } from "./pairChecks";
import { DEFAULT_SETTINGS, Issue, Settings, SyncModel } from "./types";

/** docs/semantics.md §7: every issue of the configuration, one per code and teams, in the order of §9. */
export function validate(model: SyncModel, settings: Settings = DEFAULT_SETTINGS): Issue[] {
    const graph = buildGraph(model);
    const issues = new IssueList();
    checkRecords(model, graph, issues);
    checkManagedTargets(graph, issues);
    const conflicts = checkPairs(graph.linkTable, graph.teamIds, issues);
    checkGraph(graph, conflicts, settings, issues);
    return issues.issues();
}

/** The checks of one record at a time: self-loop, missing-team (found by buildGraph), missing-role, empty-configuration, inactive-parent. */
function checkRecords(model: SyncModel, graph: SyncGraph, issues: IssueList): void {
    const roles = graph.roleIndex;
    for (const config of model.configs) {
        const parent = config.parent;
        if (!config.active) {
            const active = config.members.filter((member) => member.active);
            if (active.length > 0)
                issues.add("inactive-parent", [parent], [config.id, ...active.map((member) => member.id)]);
            continue;
        }
        let activeMembers = 0;
        for (const member of config.members) {
            if (!member.active) continue;
            activeMembers++;
            const child = member.child;
            if (child === parent) issues.add("self-loop", [parent], [config.id, member.id]);
            if (member.role !== null && !roles.has(member.role))
                issues.add("missing-role", [parent, child], [config.id, member.id]);
        }
        if (activeMembers === 0) issues.add("empty-configuration", [parent], [config.id]);
    }
    for (const { team, records } of graph.unresolved) issues.add("missing-team", [team], records);
}

/** `managed-team-target`: a forward edge, or a Bidirectional member's reverse edge, that would end in a managed team. */
function checkManagedTargets(graph: SyncGraph, issues: IssueList): void {
    const { managed, linkTable: links } = graph;
    for (let s = 0; s < links.count; s++) {
        const from = links.from[s];
        const to = links.to[s];
        if (managed[to] || (links.bidirectional[s] && managed[from])) {
            issues.add(
                "managed-team-target",
                [graph.teamIds[from], graph.teamIds[to]],
                [links.configId[s], links.memberId[s]],
            );
        }
    }
}
