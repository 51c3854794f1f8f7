import { Team } from "../../../TeamSyncEditor/data/schema";
import type { DataverseStore } from "../../dataverse/store";
import { reactionsTo } from "./simulatedSteps";

/**
 * The simulated UnsavedEditsColumnPlugin, a synchronous step before the write: the form's count of the control's
 * unsaved edits is taken out of a team's update, so no team stores it.
 */
export function dropUnsavedEdits(store: DataverseStore): () => void {
    return store.preOperation((write) => {
        if (write.kind !== "update") return;
        const message = { name: "Update", table: write.table, columns: Object.keys(write.data) };
        if (reactionsTo(message).has("dropUnsavedEdits")) delete write.data[Team.unsavedEdits];
    });
}
