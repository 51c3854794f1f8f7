import { BusinessUnit, Role, StateCode, StatusCode, SyncGroup, SyncMember, SystemUser, SystemUserRoles, Team, TeamMembership, bindKey, bindValue } from "../../../TeamSyncEditor/data/schema";
import { DataverseStore } from "../../dataverse/store";
import { IdKind, SampleOrg, sampleId } from "./sampleOrg";

/** The role's lookups, which only the playground writes (the control reads `_parentrootroleid_value`). */
const ROLE_BUSINESS_UNIT_NAV = "businessunitid";
const ROLE_PARENT_ROOT_NAV = "parentrootroleid";

/**
 * Writes a sample organisation into an empty store as Dataverse holds it: every role is copied into
 * each business unit (the copies point at the root through `parentrootroleid`), and users are given
 * their own business unit's copy.
 */
export function seedStore(org: SampleOrg, store: DataverseStore): void {
    for (const unit of org.businessUnits) store.create(BusinessUnit.logicalName, { [BusinessUnit.id]: unit.id, [BusinessUnit.name]: unit.name });
    for (const team of org.teams) {
        store.create(Team.logicalName, {
            [Team.id]: team.id,
            [Team.name]: team.name,
            [Team.teamType]: team.type,
            [Team.isDefault]: team.isDefault,
            [bindKey(Team.businessUnitNav)]: bindValue(BusinessUnit.entitySet, team.businessUnitId),
        });
    }
    const copyOf = new Map<string, string>();
    let copies = 0;
    for (const role of org.roles) {
        for (const [unitIndex, unit] of org.businessUnits.entries()) {
            const id = unitIndex === 0 ? role.id : sampleId(IdKind.roleCopy, ++copies);
            store.create(Role.logicalName, { [Role.id]: id, [Role.name]: role.name, [bindKey(ROLE_BUSINESS_UNIT_NAV)]: bindValue(BusinessUnit.entitySet, unit.id) });
            store.update(Role.logicalName, id, { [bindKey(ROLE_PARENT_ROOT_NAV)]: bindValue(Role.entitySet, role.id) });
            copyOf.set(`${role.id}|${unit.id}`, id);
        }
    }
    const unitOf = new Map<string, string>();
    for (const user of org.users) {
        store.create(SystemUser.logicalName, { [SystemUser.id]: user.id, [SystemUser.fullName]: user.fullName });
        unitOf.set(user.id, user.businessUnitId);
    }
    for (const configuration of org.configurations) {
        store.create(SyncGroup.logicalName, {
            [SyncGroup.id]: configuration.id,
            [SyncGroup.name]: configuration.name,
            [bindKey(SyncGroup.parentTeam)]: bindValue(Team.entitySet, configuration.parentTeamId),
            [SyncGroup.direction]: configuration.direction,
            [SyncGroup.stateCode]: configuration.active ? StateCode.active : StateCode.inactive,
            [SyncGroup.statusCode]: configuration.active ? StatusCode.active : StatusCode.inactive,
        });
        for (const member of configuration.members) {
            store.create(SyncMember.logicalName, {
                [SyncMember.id]: member.id,
                [SyncMember.name]: member.name,
                [bindKey(SyncMember.group)]: bindValue(SyncGroup.entitySet, configuration.id),
                [bindKey(SyncMember.childTeam)]: bindValue(Team.entitySet, member.childTeamId),
                [SyncMember.order]: member.order,
                [bindKey(SyncMember.requiredRole)]: member.requiredRoleId === null ? null : bindValue(Role.entitySet, member.requiredRoleId),
                [SyncMember.stateCode]: member.active ? StateCode.active : StateCode.inactive,
                [SyncMember.statusCode]: member.active ? StatusCode.active : StatusCode.inactive,
            });
        }
    }
    for (const { userId, teamId } of org.memberships) store.associate(TeamMembership.logicalName, teamId, userId);
    for (const { userId, roleId } of org.userRoles) {
        const copy = copyOf.get(`${roleId}|${unitOf.get(userId)}`) ?? roleId;
        store.associate(SystemUserRoles.logicalName, userId, copy);
    }
}
