/**
 * Whether the drawing's view follows the canvas: a new layout, new teams to keep in view and the Fit button
 * fit the drawing and make it follow again; a resized canvas refits only a view that follows, so a pan or zoom
 * of the user's own is never undone by the issues list or the propagation details opening (pure: no DOM).
 */
export type ViewEvent = "layout" | "fitButton" | "userMoved" | "resized";

export interface ViewFollow {
    /** The view is the last automatic fit's, not one the user moved since. */
    following: boolean;
}

export const FOLLOWING: ViewFollow = { following: true };

/** The state after `event`, and whether the drawing is to be fitted now. */
export function viewFollow(state: ViewFollow, event: ViewEvent): { state: ViewFollow; refit: boolean } {
    switch (event) {
        case "layout":
        case "fitButton":
            return { state: FOLLOWING, refit: true };
        case "userMoved":
            return { state: { following: false }, refit: false };
        case "resized":
            return { state, refit: state.following };
    }
}
