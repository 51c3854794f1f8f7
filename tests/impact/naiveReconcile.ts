import { Memberships, SyncModel, UserRoles } from "../../TeamSyncEditor/engine";
import { reachability, referenceEdges } from "../engine/referenceGraph";

/** docs/semantics.md §6 read naively: per user, the set of "add T" / "remove T" that reconcile makes, from Floyd–Warshall reach. */
export function naiveReconcile(model: SyncModel, memberships: Memberships, userRoles: UserRoles): Set<string> {
    const ids = model.teams.map((team) => team.id);
    const managed = new Set(
        model.teams.filter((team) => team.isDefault || team.type === 2 || team.type === 3).map((team) => team.id),
    );
    const result = new Set<string>();
    for (const [user, teams] of memberships) {
        const reaches = reachability(ids, referenceEdges(model, userRoles.get(user) ?? new Set()));
        const manual = [...teams].filter(([, provenance]) => provenance === "manual").map(([id]) => id);
        const required = new Set(manual);
        for (const m of manual) for (const id of ids) if (reaches(m, id)) required.add(id);
        for (const id of required) if (!teams.has(id)) result.add(`add|${user}|${id}`);
        for (const [id, provenance] of teams)
            if (provenance === "sync" && !required.has(id) && !managed.has(id)) result.add(`remove|${user}|${id}`);
    }
    return result;
}

/** Adds, removes and the distinct users of each, from `op|user|team` keys. */
export function countKeys(keys: Iterable<string>) {
    const parts = [...keys].map((key) => key.split("|"));
    const of = (op: string) => parts.filter(([o]) => o === op);
    return {
        adds: of("add").length,
        addUsers: new Set(of("add").map(([, user]) => user)).size,
        removes: of("remove").length,
        removeUsers: new Set(of("remove").map(([, user]) => user)).size,
        users: new Set(parts.map(([, user]) => user)).size,
    };
}
