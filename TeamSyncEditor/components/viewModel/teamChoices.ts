import { isManagedTeam } from "../../engine/managedTeam";
import type { TeamId } from "../../engine/types";
import type { TeamInfo } from "../../data/types";
import type { PickSide } from "../../state/editorState";
import type { LinkView } from "./linkView";

/** Resx key of the reason a team cannot be picked. */
export type DisabledReason =
    "Editor_Picker_ThisTeam" | "Editor_Picker_EntraGroup" | "Editor_Picker_DefaultTeam" | "Editor_Picker_AlreadyLinked";

export interface TeamChoice {
    team: TeamInfo;
    disabled: DisabledReason | null;
}

/**
 * The teams offered when adding a child or a parent of `current`, sorted by name: a team that
 * cannot be the new link's target (sync never adds users to a managed team) or is already linked
 * that way is listed, disabled, with the reason.
 */
export function teamChoices(
    teams: readonly TeamInfo[],
    links: readonly LinkView[],
    current: TeamId,
    side: PickSide,
): TeamChoice[] {
    const linked = new Set(
        links
            .filter((link) => (side === "child" ? link.parent === current : link.child === current))
            .map((link) => (side === "child" ? link.child : link.parent)),
    );
    const reason = (team: TeamInfo): DisabledReason | null => {
        if (team.id === current) return "Editor_Picker_ThisTeam";
        const refused = side === "child" ? linkRefusal(team) : null;
        if (refused) return refused;
        if (linked.has(team.id)) return "Editor_Picker_AlreadyLinked";
        return null;
    };
    return [...teams]
        .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((team) => ({ team, disabled: reason(team) }));
}

/** Why `target` cannot be a new link's child (sync never adds users to a managed team), or null. */
export function linkRefusal(target: TeamInfo): "Editor_Picker_EntraGroup" | "Editor_Picker_DefaultTeam" | null {
    if (!isManagedTeam(target)) return null;
    return target.type === 2 || target.type === 3 ? "Editor_Picker_EntraGroup" : "Editor_Picker_DefaultTeam";
}
