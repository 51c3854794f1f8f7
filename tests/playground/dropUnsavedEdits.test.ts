/** @jest-environment node */
/**
 * The playground's Dataverse runs the simulated UnsavedEditsColumnPlugin as Dataverse runs the real one: a form saved
 * while the control has unsaved edits sends their count, which no team stores.
 */
import { DataverseStore, FakeWebApi } from "../../playground/dataverse";
import { dropUnsavedEdits } from "../../playground/host/plugin/dropUnsavedEdits";
import { reactionsTo } from "../../playground/host/plugin/simulatedSteps";
import { Team } from "../../TeamSyncEditor/data/schema";

function orgWithTeam() {
    const store = new DataverseStore();
    const team = store.create(Team.logicalName, { [Team.name]: "Commercial Lending" });
    return { store, team, webApi: new FakeWebApi(store) };
}

describe("a team's update that sets the unsaved-edits column", () => {
    it("stores the team's own changes and not the count", async () => {
        const { store, team, webApi } = orgWithTeam();
        const stop = dropUnsavedEdits(store);
        const heard: (string[] | undefined)[] = [];
        store.subscribe((change) => heard.push(change.columns));

        await webApi.updateRecord(Team.logicalName, team, {
            [Team.name]: "Commercial Lending Team",
            [Team.unsavedEdits]: 3,
        });
        await webApi.updateRecord(Team.logicalName, team, { [Team.unsavedEdits]: 1 });

        const stored = store.retrieve(Team.logicalName, team);
        expect(stored?.[Team.name]).toBe("Commercial Lending Team");
        expect(stored !== undefined && Team.unsavedEdits in stored).toBe(false);
        // Later steps see the write as the step left it.
        expect(heard).toEqual([[Team.name], []]);
        stop();
        await webApi.updateRecord(Team.logicalName, team, { [Team.unsavedEdits]: 2 });
        expect(store.retrieve(Team.logicalName, team)?.[Team.unsavedEdits]).toBe(2);
    });

    it("is what the step's registration reacts to, and a rename is not", () => {
        expect(reactionsTo({ name: "Update", table: Team.logicalName, columns: [Team.unsavedEdits] })).toEqual(
            new Set(["dropUnsavedEdits"]),
        );
        expect(reactionsTo({ name: "Update", table: Team.logicalName, columns: [Team.name] })).toEqual(new Set());
    });
});
