/**
 * The records as they would stand after an edit session's changes, in order (pure). Where the
 * preview (`applyEdits`) and the save (`planWrites`) both start, so they cannot disagree.
 */
import type { Direction } from "../engine/types";
import { derivedId } from "./derivedId";
import { ConfigurationRow, EditChange, EditedRecords, LoadedOrg, MemberRow } from "./types";

const NO_VERSION = { versionNumber: null, modifiedOn: null };

export class UnknownRecordError extends Error {}

export function resolveEdits(loaded: LoadedOrg, changes: readonly EditChange[], seed: string): EditedRecords {
    const configurations: ConfigurationRow[] = loaded.configurations.map((c) => ({ ...c }));
    const members: MemberRow[] = loaded.members.map((m) => ({ ...m }));
    const created = new Set<string>();
    const teamName = (id: string) => loaded.teams.find((t) => t.id === id)?.name ?? id;

    const configuration = (id: string) => {
        const found = configurations.find((c) => c.id === id);
        if (!found) throw new UnknownRecordError(`No configuration ${id}`);
        return found;
    };
    const member = (id: string) => {
        const found = members.find((m) => m.id === id);
        if (!found) throw new UnknownRecordError(`No member ${id}`);
        return found;
    };
    // A link goes into the parent's active configuration of that direction (the first by id),
    // and into a new one when there is none: an inactive configuration is left as it is.
    const configurationFor = (parentTeamId: string, direction: Direction): ConfigurationRow => {
        const existing = configurations
            .filter((c) => c.parentTeamId === parentTeamId && c.direction === direction && c.active)
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
        if (existing) return existing;
        const made: ConfigurationRow = {
            id: derivedId(seed, `configuration|${parentTeamId}|${direction}`),
            name: `${teamName(parentTeamId)} (${direction})`,
            parentTeamId,
            direction,
            active: true,
            version: NO_VERSION,
        };
        configurations.push(made);
        created.add(made.id);
        return made;
    };

    for (const change of changes) {
        switch (change.kind) {
            case "addLink": {
                const target = configurationFor(change.parentTeamId, change.direction);
                members.push({
                    id: change.memberId,
                    name: `${teamName(change.parentTeamId)} → ${teamName(change.childTeamId)}`,
                    configurationId: target.id,
                    childTeamId: change.childTeamId,
                    order: change.order,
                    requiredRoleId: change.roleId,
                    active: true,
                    version: NO_VERSION,
                });
                created.add(change.memberId);
                break;
            }
            case "removeLink":
                member(change.memberId).active = false;
                break;
            case "changeDirection": {
                const m = member(change.memberId);
                const parent = configuration(m.configurationId).parentTeamId;
                m.configurationId = configurationFor(parent, change.direction).id;
                break;
            }
            case "changeOrder":
                member(change.memberId).order = change.order;
                break;
            case "changeRole":
                member(change.memberId).requiredRoleId = change.roleId;
                break;
            case "activate":
            case "deactivate": {
                const record = change.table === "configuration" ? configuration(change.id) : member(change.id);
                record.active = change.kind === "activate";
                break;
            }
            case "renameConfiguration":
                configuration(change.configurationId).name = change.name;
                break;
        }
    }

    // A record created and then removed in the same session never reaches Dataverse; nor does a
    // configuration made for links that are all gone again.
    const keptMembers = members.filter((m) => !created.has(m.id) || m.active);
    const used = new Set(keptMembers.filter((m) => m.active).map((m) => m.configurationId));
    // An inactive member moved into a configuration that is not kept stays where it was.
    for (const m of keptMembers) {
        if (created.has(m.configurationId) && !used.has(m.configurationId)) {
            m.configurationId =
                loaded.members.find((original) => original.id === m.id)?.configurationId ?? m.configurationId;
        }
    }
    const keptConfigurations = configurations.filter((c) => !created.has(c.id) || used.has(c.id));
    const kept = new Set([...keptConfigurations.map((c) => c.id), ...keptMembers.map((m) => m.id)]);
    return {
        configurations: keptConfigurations,
        members: keptMembers,
        created: new Set([...created].filter((id) => kept.has(id))),
    };
}
