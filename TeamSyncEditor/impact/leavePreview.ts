/**
 * "A user who leaves this team is removed from": reach(team) in visit order over the edited graph,
 * each team removed, kept (and why) or not a membership of the user (pure). What is removed is the
 * engine's `planLeave`; this module only explains the teams that stay.
 */
import { compareIds, heldRoles, SyncGraph } from "../engine/graph";
import { planLeave } from "../engine/planLeave";
import { reachingTeams } from "../engine/reachingTeams";
import { TeamId } from "../engine/types";
import { visitOrder } from "../engine/visitOrder";
import { PREVIEW_USER } from "./joinPreview";
import { LeavePreview, LeaveRow, PreviewSubject, StayReason } from "./types";

export function leavePreview(graph: SyncGraph, team: TeamId, subject: PreviewSubject): LeavePreview {
    const { operations, warnings } = planLeave(graph, PREVIEW_USER, team, subject.memberships, subject.roles);
    const visits = visitOrder(graph, team, subject.roles);
    const removed = new Set(operations.map((operation) => operation.team));
    const stillRequired = warnings.find((warning) => warning.code === "still-required");
    const holder = stillRequired?.teams.find((id) => id !== team);
    const rootsOf =
        holder === undefined ? justifyingRoots(graph, team, subject, new Set(visits.map((visit) => visit.team))) : [];

    const rows: LeaveRow[] = visits.map(({ team: id, via }) => {
        if (!subject.memberships.has(id)) return { team: id, via, status: "not-member" };
        if (removed.has(id)) return { team: id, via, status: "remove" };
        return { team: id, via, status: "stays", reason: stayReason(id, holder, rootsOf) };
    });
    return { rows, operations, warnings };
}

interface Root {
    team: TeamId;
    manual: boolean;
    /** The root and the teams it reaches for this user. */
    holds: ReadonlySet<TeamId>;
}

/**
 * docs/semantics.md §5's roots, by team id: the user's other teams outside R, and their manual teams in R \ S,
 * each with what it holds.
 */
function justifyingRoots(graph: SyncGraph, team: TeamId, subject: PreviewSubject, reach: ReadonlySet<TeamId>): Root[] {
    const start = graph.index.get(team);
    if (start === undefined) return [];
    const reaching = reachingTeams(graph, start, heldRoles(graph, subject.roles));
    const roots: Root[] = [];
    for (const [id, provenance] of subject.memberships) {
        const t = graph.index.get(id);
        if (t === undefined || id === team) continue;
        if (reach.has(id) && (provenance !== "manual" || reaching[t])) continue;
        const holds = new Set([id, ...visitOrder(graph, id, subject.roles).map((visit) => visit.team)]);
        roots.push({ team: id, manual: provenance === "manual", holds });
    }
    return roots.sort((a, b) => compareIds(a.team, b.team));
}

function stayReason(team: TeamId, holder: TeamId | undefined, roots: readonly Root[]): StayReason {
    if (holder !== undefined) return { kind: "still-required", root: holder };
    const own = roots.find((root) => root.team === team);
    if (own?.manual) return { kind: "manual" };
    const root = roots.find((candidate) => candidate.holds.has(team));
    // planLeave keeps a member team only when a root holds it, so a root is always found here.
    return { kind: "held", root: root?.team ?? team };
}
