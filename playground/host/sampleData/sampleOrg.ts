/**
 * A sample organisation, described independently of how the in-memory Dataverse stores records;
 * `seedStore` writes it there. Ids are GUID-shaped and deterministic so tests can name them.
 */
import type { Direction } from "../../../TeamSyncEditor/engine/types";

export interface SampleTeam {
    id: string;
    name: string;
    /** 0 Owner, 1 Access, 2 Entra ID security group, 3 Entra ID Office group. */
    type: number;
    isDefault: boolean;
    businessUnitId: string;
}

export interface SampleMember {
    id: string;
    name: string;
    childTeamId: string;
    order: number | null;
    requiredRoleId: string | null;
    active: boolean;
}

export interface SampleConfiguration {
    id: string;
    name: string;
    parentTeamId: string;
    direction: Direction;
    active: boolean;
    members: SampleMember[];
}

export interface SampleOrg {
    businessUnits: { id: string; name: string }[];
    teams: SampleTeam[];
    /** Root roles: `parentrootroleid` equals `roleid`. */
    roles: { id: string; name: string }[];
    users: { id: string; fullName: string; businessUnitId: string }[];
    configurations: SampleConfiguration[];
    /** Manual memberships; the simulated plugin then reconciles every user to add what sync implies. */
    memberships: { userId: string; teamId: string }[];
    /** Root role ids held directly; `seedStore` assigns each user their business unit's copy. */
    userRoles: { userId: string; roleId: string }[];
    /** The admin the playground acts as: the initiating user of the plugin's log rows. */
    adminUserId: string;
}

/** A GUID-shaped id: `kind` (1–4 hex digits) tells the table apart, `n` the record. */
export function sampleId(kind: number, n: number): string {
    return `00000000-0000-4000-${kind.toString(16).padStart(4, "0")}-${n.toString(16).padStart(12, "0")}`;
}

export const IdKind = { businessUnit: 1, team: 2, role: 3, user: 4, configuration: 5, member: 6, roleCopy: 7 } as const;
