/**
 * Carries an edit session over to what is now saved (pure): after a save that stopped part way, or
 * a conflict, the organisation is read again and the edits are replayed against it. What the
 * session already wrote is not written again; what someone else changed and the admin did not
 * touch stays as they left it; where both changed the same field, the admin's edit is kept and the
 * clash is named; a link the admin edited that was deleted meanwhile is added again. Nothing the
 * admin entered is lost.
 */
import type { Direction } from "../engine/types";
import { MessageKey } from "./messageKeys";
import { resolveEdits } from "./resolveEdits";
import type { ConfigurationRow, EditChange, EditedRecords, LoadedOrg, MemberRow, RecordTable } from "./types";

export type RebasedField = "name" | "active" | "direction" | "order" | "role";

export interface EditConflict {
    table: RecordTable;
    id: string;
    /** Resx key and arguments of the sentence that says what clashed and what was kept. */
    key: string;
    args: string[];
}

export interface RebasedEdits {
    changes: EditChange[];
    conflicts: EditConflict[];
}

/** "Someone changed this field of this record too; your edit is kept", per field. */
const CHANGED_KEYS: Record<RebasedField, string> = {
    name: MessageKey.rebaseChangedName,
    active: MessageKey.rebaseChangedActive,
    direction: MessageKey.rebaseChangedDirection,
    order: MessageKey.rebaseChangedOrder,
    role: MessageKey.rebaseChangedRole,
};

interface MemberFields {
    direction: Direction | null;
    order: number | null;
    role: string | null;
    active: boolean;
}

function memberFields(member: MemberRow, configurations: readonly ConfigurationRow[]): MemberFields {
    const configuration = configurations.find((c) => c.id === member.configurationId);
    return {
        direction: configuration?.direction ?? null,
        order: member.order,
        role: member.requiredRoleId,
        active: member.active,
    };
}

function memberChange(id: string, field: keyof MemberFields, fields: MemberFields): EditChange | null {
    switch (field) {
        case "direction":
            return fields.direction === null
                ? null
                : { kind: "changeDirection", memberId: id, direction: fields.direction };
        case "order":
            return { kind: "changeOrder", memberId: id, order: fields.order };
        case "role":
            return { kind: "changeRole", memberId: id, roleId: fields.role };
        case "active":
            return { kind: fields.active ? "activate" : "deactivate", table: "member", id };
    }
}

export function rebaseEdits(
    before: LoadedOrg,
    changes: readonly EditChange[],
    seed: string,
    now: LoadedOrg,
): RebasedEdits {
    const intended: EditedRecords = resolveEdits(before, changes, seed);
    const rebased: EditChange[] = [];
    const conflicts: EditConflict[] = [];
    const clash = (table: RecordTable, id: string, name: string, field: RebasedField) =>
        conflicts.push({ table, id, key: CHANGED_KEYS[field], args: [name] });

    for (const c of intended.configurations) {
        const base = before.configurations.find((x) => x.id === c.id);
        const current = now.configurations.find((x) => x.id === c.id);
        // A configuration the session creates and has not written yet is made again by the links that need it.
        if (!current) {
            if (base && (base.name !== c.name || base.active !== c.active))
                conflicts.push({ table: "configuration", id: c.id, key: MessageKey.rebaseGone, args: [c.name] });
            continue;
        }
        const origin = base ?? current;
        if (c.name !== origin.name && c.name !== current.name) {
            rebased.push({ kind: "renameConfiguration", configurationId: c.id, name: c.name });
            if (current.name !== origin.name) clash("configuration", c.id, c.name, "name");
        }
        if (c.active !== origin.active && c.active !== current.active) {
            rebased.push({ kind: c.active ? "activate" : "deactivate", table: "configuration", id: c.id });
            if (current.active !== origin.active) clash("configuration", c.id, c.name, "active");
        }
    }

    for (const m of intended.members) {
        const base = before.members.find((x) => x.id === m.id);
        const current = now.members.find((x) => x.id === m.id);
        const wanted = memberFields(m, intended.configurations);
        if (!current) {
            // Not written yet, or deleted meanwhile: added (again) as the admin left it.
            const changed =
                !base ||
                (Object.keys(wanted) as Array<keyof MemberFields>).some(
                    (f) => memberFields(base, before.configurations)[f] !== wanted[f],
                );
            if (!changed || !m.active) continue;
            const parent = intended.configurations.find((c) => c.id === m.configurationId)?.parentTeamId;
            if (parent === undefined || wanted.direction === null) continue;
            rebased.push({
                kind: "addLink",
                memberId: m.id,
                parentTeamId: parent,
                childTeamId: m.childTeamId,
                direction: wanted.direction,
                order: m.order,
                roleId: m.requiredRoleId,
            });
            if (base) conflicts.push({ table: "member", id: m.id, key: MessageKey.rebaseReadded, args: [m.name] });
            continue;
        }
        // A link the session created and already wrote: what it wrote is the starting point.
        const origin = memberFields(base ?? current, base ? before.configurations : now.configurations);
        const saved = memberFields(current, now.configurations);
        for (const field of ["direction", "order", "role", "active"] as const) {
            if (wanted[field] === origin[field] || wanted[field] === saved[field]) continue;
            const change = memberChange(m.id, field, wanted);
            if (change) rebased.push(change);
            if (saved[field] !== origin[field]) clash("member", m.id, m.name, field);
        }
    }
    return { changes: rebased, conflicts };
}
