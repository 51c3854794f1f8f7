import type { Direction, RoleId, TeamId } from "../../engine/types";
import type { ConfigurationRow, EditedRecords, MemberRow } from "../../data/types";

/** One link as the editor shows it: a member record joined with its configuration. */
export interface LinkView {
    memberId: string;
    configurationId: string;
    configurationName: string;
    configurationActive: boolean;
    parent: TeamId;
    child: TeamId;
    direction: Direction;
    order: number | null;
    roleId: RoleId | null;
    memberActive: boolean;
    /** The link does something: its member and its configuration are both active. */
    active: boolean;
}

/** The links of the edited records, in member order; members whose configuration is unknown are left out. */
export function linkViews(records: Pick<EditedRecords, "configurations" | "members">): LinkView[] {
    const configurations = new Map<string, ConfigurationRow>(records.configurations.map((row) => [row.id, row]));
    const views: LinkView[] = [];
    records.members.forEach((member: MemberRow) => {
        const configuration = configurations.get(member.configurationId);
        if (!configuration) return;
        views.push({
            memberId: member.id,
            configurationId: configuration.id,
            configurationName: configuration.name,
            configurationActive: configuration.active,
            parent: configuration.parentTeamId,
            child: member.childTeamId,
            direction: configuration.direction,
            order: member.order,
            roleId: member.requiredRoleId,
            memberActive: member.active,
            active: member.active && configuration.active,
        });
    });
    return views;
}
