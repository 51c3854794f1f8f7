/**
 * The order a save sends its writes in (pure). Dataverse validates each write against the state at
 * that moment and refuses one that brings in an error (by code and teams) not there before it, so
 * the order must never pass through such a state on the way to a valid end.
 *
 * First by kind: new configurations (no members yet, so no edges; any member write may bind to
 * them), then deactivations (they take edges away), updates, activations, and new members (they
 * add edges). Then, as a change of role or a move between configurations can clash with another
 * update still to come, each write is checked against the validation engine on the records as
 * they would stand, and one that would bring in an error waits until the others let it through.
 * A write of a name or an order alone is not checked: validation does not look at them.
 */
import type { ConfigurationRow, LoadedOrg, MemberRow, Write } from "./types";
import { toSyncModel } from "./mapOrg";
import { validate } from "../engine/validate";

export const enum WriteKind {
    createConfiguration,
    deactivate,
    update,
    activate,
    createMember,
}

export interface PlannedWrite {
    kind: WriteKind;
    write: Write;
    /** The record as the write leaves it. */
    record: { configuration: ConfigurationRow } | { member: MemberRow };
    /** The write changes nothing validation looks at (a name, an order): it cannot bring in an error. */
    inert: boolean;
}

function errorKeys(
    loaded: LoadedOrg,
    configurations: Map<string, ConfigurationRow>,
    members: Map<string, MemberRow>,
): Set<string> {
    const model = toSyncModel(loaded.teams, loaded.roles, [...configurations.values()], [...members.values()]);
    return new Set(
        validate(model)
            .filter((issue) => issue.severity === "error")
            .map((issue) => `${issue.code}|${issue.teams.join(",")}`),
    );
}

function bringsIn(before: ReadonlySet<string>, after: ReadonlySet<string>): boolean {
    for (const key of after) if (!before.has(key)) return true;
    return false;
}

export function orderWrites(loaded: LoadedOrg, planned: readonly PlannedWrite[]): Write[] {
    // A stable sort: within a kind, configurations before members, each in loaded order.
    const pending = [...planned].sort((a, b) => a.kind - b.kind);
    const configurations = new Map(loaded.configurations.map((c) => [c.id, c]));
    const members = new Map(loaded.members.map((m) => [m.id, m]));
    const apply = (p: PlannedWrite): (() => void) => {
        if ("configuration" in p.record) {
            const { configuration } = p.record;
            const previous = configurations.get(configuration.id);
            configurations.set(configuration.id, configuration);
            return () =>
                previous ? configurations.set(previous.id, previous) : configurations.delete(configuration.id);
        }
        const { member } = p.record;
        const previous = members.get(member.id);
        members.set(member.id, member);
        return () => (previous ? members.set(previous.id, previous) : members.delete(member.id));
    };

    const ordered: Write[] = [];
    let current = errorKeys(loaded, configurations, members);
    while (pending.length > 0) {
        let chosen = 0;
        let after: Set<string> | null = null;
        for (let i = 0; i < pending.length; i++) {
            if (pending[i].inert) {
                apply(pending[i]);
                chosen = i;
                after = current;
                break;
            }
            const undo = apply(pending[i]);
            const errors = errorKeys(loaded, configurations, members);
            if (!bringsIn(current, errors)) {
                chosen = i;
                after = errors;
                break;
            }
            undo();
        }
        // No write can go without an error: the first goes, and the server's refusal says why.
        if (after === null) {
            apply(pending[0]);
            after = errorKeys(loaded, configurations, members);
        }
        ordered.push(pending[chosen].write);
        pending.splice(chosen, 1);
        current = after;
    }
    return ordered;
}
