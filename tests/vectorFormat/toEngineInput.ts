/** Maps a parsed vector to the engine's input types (pure; the C# console has its own mapping). */
import {
    Memberships,
    RoleId,
    Settings,
    SyncModel,
    UserMemberships,
    UserRoles,
} from "../../TeamSyncEditor/engine/types";
import { Vector } from "./vector";

export interface EngineInput {
    model: SyncModel;
    /** The configuration after the event: an edit's `event.configs`; for other events the same as `model`. */
    after: SyncModel;
    settings: Settings;
    memberships: Memberships;
    userRoles: UserRoles;
}

export function toEngineInput(vector: Vector): EngineInput {
    const model: SyncModel = { teams: vector.teams, configs: vector.configs, roles: vector.roles };
    return {
        model,
        after: vector.event.kind === "edit" ? { ...model, configs: vector.event.configs } : model,
        settings: vector.settings,
        memberships: new Map(
            vector.memberships.map(([user, teams]): [string, UserMemberships] => [user, new Map(teams)]),
        ),
        userRoles: new Map(
            vector.userRoles.map(([user, roles]): [string, ReadonlySet<RoleId>] => [user, new Set(roles)]),
        ),
    };
}
