/**
 * A test vector (docs/semantics.md §9) after its shape has been checked: every optional field has its default,
 * directions are canonical, and `expect` is kept as the raw JSON that engines must reproduce.
 */
import { ConfigRecord, Provenance, RoleId, Settings, Team, TeamId, UserId } from "../../TeamSyncEditor/engine/types";

export type VectorEvent =
    | { kind: "validate" }
    | { kind: "join" | "leave"; user: UserId; team: TeamId }
    | { kind: "reconcile" }
    | { kind: "edit"; configs: ConfigRecord[] };

export interface Vector {
    description: string;
    teams: Team[];
    configs: ConfigRecord[];
    settings: Settings;
    roles: RoleId[];
    /** Insertion order of the file; engines order users themselves. */
    userRoles: [UserId, RoleId[]][];
    memberships: [UserId, [TeamId, Provenance][]][];
    event: VectorEvent;
    /** The JSON object engines must produce, exactly. */
    expect: unknown;
}
