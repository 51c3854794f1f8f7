import { SyncModel, TeamId } from "../TeamSyncEditor/engine";

/**
 * The configuration after a typical edit of the configuration of `parent` (the largest unit's top
 * team): one link added to `newChild`, the first active link deactivated.
 */
export function sampleEdit(model: SyncModel, parent: TeamId, newChild: TeamId): SyncModel {
    let edited = false;
    const configs = model.configs.map((config) => {
        if (edited || config.parent !== parent || config.direction !== "one-way") return config;
        edited = true;
        const members = config.members.map((member, i) => (i === 0 ? { ...member, active: false } : member));
        members.push({ id: "bench-new-member", child: newChild, order: 1, active: true, role: null });
        return { ...config, members };
    });
    return { ...model, configs };
}
