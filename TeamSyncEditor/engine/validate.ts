import { Issue, Settings, SyncModel } from "./types";

export function validate(model: SyncModel, settings: Settings): Issue[] {
    void model; void settings;
    return [];
}
