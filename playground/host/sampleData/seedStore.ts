import { BusinessUnit, Role, bindKey, bindValue } from "../../../TeamSyncEditor/data/schema";
import {
    seedBusinessUnit,
    seedConfiguration,
    seedMember,
    seedMembership,
    seedTeam,
    seedUser,
    seedUserRole,
} from "../../dataverse/seed";
import { DataverseStore } from "../../dataverse/store";
import { IdKind, SampleOrg, sampleId } from "./sampleOrg";

/** The role's lookups, which only seeding writes (the control reads `_parentrootroleid_value`). */
const ROLE_BUSINESS_UNIT_NAV = "businessunitid";
const ROLE_PARENT_ROOT_NAV = "parentrootroleid";

/**
 * Writes a sample organisation into an empty store as Dataverse holds it: every role is copied into
 * each business unit (the copies point at the root through `parentrootroleid`), and users are given
 * their own business unit's copy. Roles are written here rather than with `seedRole` because the
 * samples need fixed ids and a copy in every business unit.
 */
export function seedStore(org: SampleOrg, store: DataverseStore): void {
    for (const unit of org.businessUnits) seedBusinessUnit(store, unit.name, unit.id);
    for (const team of org.teams) seedTeam(store, team);
    const copyOf = new Map<string, string>();
    let copies = 0;
    for (const role of org.roles) {
        for (const [unitIndex, unit] of org.businessUnits.entries()) {
            const id = unitIndex === 0 ? role.id : sampleId(IdKind.roleCopy, ++copies);
            store.create(Role.logicalName, {
                [Role.id]: id,
                [Role.name]: role.name,
                [bindKey(ROLE_BUSINESS_UNIT_NAV)]: bindValue(BusinessUnit.entitySet, unit.id),
            });
            store.update(Role.logicalName, id, { [bindKey(ROLE_PARENT_ROOT_NAV)]: bindValue(Role.entitySet, role.id) });
            copyOf.set(`${role.id}|${unit.id}`, id);
        }
    }
    const unitOf = new Map<string, string>();
    for (const user of org.users) {
        seedUser(store, user.fullName, user.id);
        unitOf.set(user.id, user.businessUnitId);
    }
    for (const configuration of org.configurations) {
        seedConfiguration(store, configuration);
        for (const member of configuration.members) {
            seedMember(store, { ...member, configurationId: configuration.id, roleId: member.requiredRoleId });
        }
    }
    for (const { userId, teamId } of org.memberships) seedMembership(store, teamId, userId);
    for (const { userId, roleId } of org.userRoles)
        seedUserRole(store, userId, copyOf.get(`${roleId}|${unitOf.get(userId)}`) ?? roleId);
}
