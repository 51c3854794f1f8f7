import { REQUIRED_STEPS, type RequiredStep } from "../../../TeamSyncEditor/data/propagation/requiredSteps";
import { StepMode, SyncGroup, Team } from "../../../TeamSyncEditor/data/schema";
import type { SyncModel } from "../../../TeamSyncEditor/engine/types";
import { validate } from "../../../TeamSyncEditor/engine/validate";
import { StoreError, pluginRefusal } from "../../dataverse";
import type { DataverseStore, StoreChange } from "../../dataverse/store";
import { messageOf } from "./platformMessage";
import { readModel } from "./readSnapshot";
import { registeredSteps } from "./registeredSteps";
import { reactionsTo } from "./simulatedSteps";

/** The start of every refusal, as the plugin words it (Refusals.cs). */
export const REFUSAL_PREFIX = "TeamSync refused this change: ";

/**
 * The simulated ConfigurationValidationPlugin, a synchronous step before the write: a write that
 * brings in a validation error (docs/semantics.md §7; warnings never refuse) is refused naming the
 * codes and teams; a write that leaves a link in effect is refused while a propagation step is missing or
 * off, as nothing would enforce it; and deleting a record that links teams is refused (deactivating it is
 * how a link ends). The playground's only user is an administrator, who can manage every team.
 */
export function guardConfiguration(store: DataverseStore): () => void {
    let current = readModel(store);
    return store.guard((change) => {
        if (!reactionsTo(messageOf(change)).has("validateConfiguration")) return;
        const after = readModel(store);
        const names = new Map(store.rows(Team.logicalName).map((row) => [String(row[Team.id]), String(row[Team.name])]));
        const name = (team: string) => names.get(team) ?? team;
        if (change.kind === "delete") {
            const linked = linkedTeams(current, change);
            if (linked.length > 0) refuse(`the record links ${linked.map(name).join(", ")}. Deactivate it instead: TeamSync then removes the access it gave and keeps the record that explains that access.`);
        } else {
            const introduced = newErrors(current, after);
            if (introduced.length > 0) refuse(introduced.map((issue) => `${issue.code} (${issue.teams.map(name).join(", ")})`).join("; ") + ".");
            if (linkedTeams(after, change).length > 0) refuseWhilePropagationIsOff(store);
        }
        current = after;
    });
}

function refuse(reason: string): never {
    throw new StoreError(pluginRefusal(REFUSAL_PREFIX + reason));
}

function refuseWhilePropagationIsOff(store: DataverseStore): void {
    const isOn = registeredSteps(store);
    const missing = REQUIRED_STEPS.filter((step) => !isOn(step));
    if (missing.length === 0) return;
    refuse(
        `joins and leaves are not propagated in this environment, so this link would not be enforced. Missing or turned off: ${missing.map(refusalName).join(", ")}. ` +
            "Select Turn on propagation in the TeamSync control on the Team form (or register these steps as the install guide says in section 3), then save again.",
    );
}

/** "MembershipPropagationPlugin on AddMembers (synchronous)", as the plugin names a missing step (PropagationSteps.RequiredStep). */
function refusalName(step: RequiredStep): string {
    const type = step.pluginType.slice(step.pluginType.lastIndexOf(".") + 1);
    return `${type} on ${step.message} (${step.mode === StepMode.synchronous ? "synchronous" : "asynchronous"})`;
}

function newErrors(before: SyncModel, after: SyncModel) {
    const key = (issue: { code: string; teams: readonly string[] }) => `${issue.code}|${issue.teams.join(",")}`;
    const existing = new Set(validate(before).filter((issue) => issue.severity === "error").map(key));
    return validate(after).filter((issue) => issue.severity === "error" && !existing.has(key(issue)));
}

/** The teams a configuration or member record links while it and its configuration are active: the parent and the children. */
function linkedTeams(model: SyncModel, change: StoreChange): string[] {
    const teams = new Set<string>();
    for (const config of model.configs.filter((c) => c.active)) {
        const children = config.members.filter((m) => m.active && (change.table === SyncGroup.logicalName ? config.id === change.id : m.id === change.id)).map((m) => m.child);
        if (children.length === 0) continue;
        teams.add(config.parent);
        for (const child of children) teams.add(child);
    }
    return [...teams];
}
