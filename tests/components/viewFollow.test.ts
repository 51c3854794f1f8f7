import { FOLLOWING, ViewEvent, viewFollow } from "../../TeamSyncEditor/components/graph/viewFollow";

/** The refits a run of events makes, from a view that follows. */
function refits(events: ViewEvent[]): boolean[] {
    let state = FOLLOWING;
    return events.map((event) => {
        const next = viewFollow(state, event);
        state = next.state;
        return next.refit;
    });
}

describe("when the drawing is fitted again", () => {
    it("follows a resized canvas while the view is the automatic fit's", () => {
        expect(refits(["resized", "layout", "resized", "resized"])).toEqual([true, true, true, true]);
    });

    it("leaves a view the user panned or zoomed as it is when the canvas resizes", () => {
        expect(refits(["userMoved", "resized", "resized"])).toEqual([false, false, false]);
    });

    it("fits after a new layout or new teams to keep in view even after the user moved, and follows again", () => {
        expect(refits(["userMoved", "layout", "resized"])).toEqual([false, true, true]);
    });

    it("follows again after the Fit button", () => {
        expect(refits(["userMoved", "resized", "fitButton", "resized"])).toEqual([false, false, true, true]);
    });
});
