/** "A user who joins this team is added to": reach(team) in visit order, over the edited graph (pure). */
import { SyncGraph } from "../engine/graph";
import { planJoin } from "../engine/planJoin";
import { TeamId } from "../engine/types";
import { visitOrder } from "../engine/visitOrder";
import { JoinPreview, PreviewSubject } from "./types";

/** The user id the engine is given for a preview (operations name it; nothing is written). */
export const PREVIEW_USER = "preview-user";

export function joinPreview(graph: SyncGraph, team: TeamId, subject: PreviewSubject): JoinPreview {
    const { operations } = planJoin(graph, PREVIEW_USER, team, subject.memberships, subject.roles);
    const added = new Set(operations.map((operation) => operation.team));
    const rows = visitOrder(graph, team, subject.roles).map((visit) => ({
        team: visit.team,
        via: visit.via,
        status: added.has(visit.team) ? ("add" as const) : ("member" as const),
    }));
    return { rows, operations };
}
