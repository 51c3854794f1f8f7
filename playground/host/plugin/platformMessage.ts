/**
 * The message the platform runs steps for when a row of the playground's Dataverse changes: a row
 * of an intersect table is an Associate or Disassociate of its relationship, on the first record's table.
 */
import { SystemUser, SystemUserRoles, Team, TeamMembership } from "../../../TeamSyncEditor/data/schema";
import type { StoreChange } from "../../dataverse/store";
import type { PluginMessage } from "./simulatedSteps";

const RELATIONSHIPS: Readonly<Record<string, { table: string; relationship: string }>> = {
    [TeamMembership.logicalName]: { table: Team.logicalName, relationship: Team.membersNav },
    [SystemUserRoles.logicalName]: { table: SystemUser.logicalName, relationship: SystemUser.rolesNav },
};

const WRITE_MESSAGES = { create: "Create", update: "Update", delete: "Delete" } as const;

export function messageOf(change: StoreChange): PluginMessage {
    const association = RELATIONSHIPS[change.table];
    if (association) return { name: change.kind === "delete" ? "Disassociate" : "Associate", ...association };
    return { name: WRITE_MESSAGES[change.kind], table: change.table, ...(change.columns ? { columns: change.columns } : {}) };
}
