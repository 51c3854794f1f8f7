import type { EditChange } from "../../data/types";
import type { TeamId } from "../../engine/types";
import type { LinkView } from "./linkView";

/** The teams at either end of a link that unsaved edits touch: the drawing always shows them. */
export function editedTeams(changes: readonly EditChange[], links: readonly LinkView[]): TeamId[] {
    const members = new Set<string>();
    const configurations = new Set<string>();
    const teams: TeamId[] = [];
    for (const change of changes) {
        if (change.kind === "addLink") teams.push(change.parentTeamId, change.childTeamId);
        else if (change.kind === "renameConfiguration") configurations.add(change.configurationId);
        else if (change.kind === "activate" || change.kind === "deactivate")
            (change.table === "member" ? members : configurations).add(change.id);
        else members.add(change.memberId);
    }
    for (const link of links)
        if (members.has(link.memberId) || configurations.has(link.configurationId)) teams.push(link.parent, link.child);
    return teams;
}
