import { Team } from "./types";

/** Entra ID security group and Entra ID Office group (docs/semantics.md §1): Entra manages their members. */
const ENTRA_GROUP_TYPES: ReadonlySet<number> = new Set([2, 3]);

/**
 * docs/semantics.md §2: a team whose members sync must never change, because Entra or the business unit
 * manages them. No edge ends in one; sync neither adds to nor removes from one.
 */
export function isManagedTeam(team: Team): boolean {
    return team.isDefault || ENTRA_GROUP_TYPES.has(team.type);
}
