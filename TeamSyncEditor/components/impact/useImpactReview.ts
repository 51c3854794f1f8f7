import * as React from "react";
import type { LoadedOrg } from "../../data/types";
import { buildGraph } from "../../engine/graph";
import type { SyncModel, UserId } from "../../engine/types";
import { affectedTeams } from "../../impact/affectedTeams";
import { editImpact, impactSize } from "../../impact/editImpact";
import type { EditImpact } from "../../impact/types";
import type { ImpactService } from "./ImpactService";
import { useMemberships } from "./useMemberships";

/** Spec: above this many membership changes the admin must tick "I have reviewed the impact" (a setting). */
export const DEFAULT_REVIEW_THRESHOLD = 100;

export type ImpactState =
    | { status: "idle" }
    | { status: "loading" }
    | { status: "failed"; message: string }
    | { status: "ready"; impact: EditImpact; users: ReadonlyMap<UserId, string> };

export interface ImpactReview {
    state: ImpactState;
    threshold: number;
    /** The impact is above the threshold, or could not be worked out: Save needs the tick. */
    mustReview: boolean;
    reviewed: boolean;
    setReviewed: (reviewed: boolean) => void;
    /** Save may go ahead: the impact is known (or its failure acknowledged) and reviewed when it must be. */
    canSave: boolean;
}

export interface ImpactReviewOptions {
    service: ImpactService;
    org: LoadedOrg;
    /** The configuration as edited. */
    model: SyncModel;
    /** Work it out only while the save confirmation is open: it loads the members the edit reaches. */
    active: boolean;
    /** The setting; missing, negative or fractional: the default. */
    threshold?: number | null;
}

/** The threshold setting as used: a whole number of memberships, 0 or more; anything else is the default. */
export function reviewThreshold(setting: number | null | undefined): number {
    return typeof setting === "number" && Number.isInteger(setting) && setting >= 0
        ? setting
        : DEFAULT_REVIEW_THRESHOLD;
}

/** The edit preview of the unsaved edits over the current members of the teams they can reach, and the review tick. */
export function useImpactReview({
    service,
    org,
    model,
    active,
    threshold: setting,
}: ImpactReviewOptions): ImpactReview {
    const threshold = reviewThreshold(setting);
    // The graphs cost tens of milliseconds on a large org: built only while the confirmation is open.
    const before = React.useMemo(() => (active ? buildGraph(org.model) : null), [active, org.model]);
    const after = React.useMemo(() => (active ? buildGraph(model) : null), [active, model]);
    const teams = React.useMemo(() => (before && after ? affectedTeams(before, after) : null), [before, after]);
    const members = useMemberships(service, teams, "Impact_Failed");
    const [reviewed, setReviewed] = React.useState(false);
    React.useEffect(() => setReviewed(false), [active, model]);

    const state = React.useMemo((): ImpactState => {
        if (!before || !after) return { status: "idle" };
        if (members.status !== "ready") return members;
        const { memberships, userRoles, users } = members.loaded;
        return { status: "ready", impact: editImpact(before, after, memberships, userRoles), users };
    }, [members, before, after]);

    const mustReview = state.status === "failed" || (state.status === "ready" && impactSize(state.impact) > threshold);
    const known = state.status === "ready" || state.status === "failed";
    return { state, threshold, mustReview, reviewed, setReviewed, canSave: known && (!mustReview || reviewed) };
}
