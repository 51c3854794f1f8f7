import type { LoadedOrg } from "../../data/types";
import type { TeamId, UserId } from "../../engine/types";
import type { GetString } from "../viewModel/issueSentence";
import { format } from "../viewModel/issueSentence";

/** Team id → name, an unknown team named as such (names are plain text, never markup). */
export function teamNamer(org: LoadedOrg, getString: GetString): (id: TeamId) => string {
    const names = new Map(org.teams.map((team) => [team.id, team.name]));
    return (id) => names.get(id) ?? format(getString("Editor_UnknownTeam"), id);
}

/** User id → full name; a user without a loaded name is shown by id. */
export function userNamer(users: ReadonlyMap<UserId, string>, getString: GetString): (id: UserId) => string {
    return (id) => users.get(id) || format(getString("Impact_UnknownUser"), id);
}

/** A walk's path as team names. */
export function pathText(via: readonly TeamId[], teamName: (id: TeamId) => string, getString: GetString): string {
    return via.map(teamName).join(getString("Impact_PathSeparator"));
}
