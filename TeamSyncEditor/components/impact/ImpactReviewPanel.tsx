import * as React from "react";
import { Checkbox, Spinner, Text } from "@fluentui/react-components";
import type { LoadedOrg } from "../../data/types";
import { ImpactSummary } from "./ImpactSummary";
import { useStrings } from "../StringsContext";
import { countText } from "../viewModel/countText";
import { format } from "../viewModel/issueSentence";
import { teamNamer, userNamer } from "./names";
import type { ImpactReview } from "./useImpactReview";

export interface ImpactReviewPanelProps {
    review: ImpactReview;
    org: LoadedOrg;
    /** False where nothing is being saved (the Preview tab): the summary without the review tick. */
    withTick?: boolean;
}

/** The save confirmation's "who is affected": the summary, and the review tick when the impact is large or unknown. */
export const ImpactReviewPanel: React.FC<ImpactReviewPanelProps> = ({ review, org, withTick = true }) => {
    const getString = useStrings();
    const teamName = React.useMemo(() => teamNamer(org, getString), [org, getString]);
    const { state } = review;
    const users = state.status === "ready" ? state.users : null;
    const userName = React.useMemo(() => userNamer(users ?? new Map(), getString), [users, getString]);
    return (
        <section aria-label={getString("Impact_Title")}>
            <Text as="h4" weight="semibold">
                {getString("Impact_Title")}
            </Text>
            {(state.status === "loading" || state.status === "idle") && (
                <Spinner size="tiny" label={getString("Impact_Loading")} />
            )}
            {state.status === "failed" && (
                <Text as="p" role="alert">
                    {state.message}
                </Text>
            )}
            {state.status === "ready" && (
                <ImpactSummary impact={state.impact} teamName={teamName} userName={userName} />
            )}
            {withTick && review.mustReview && (
                <>
                    <Text as="p">
                        {state.status === "failed"
                            ? getString("Impact_MustReviewUnknown")
                            : format(
                                  getString("Impact_MustReview"),
                                  countText(getString, "Membership", review.threshold),
                              )}
                    </Text>
                    <Checkbox
                        checked={review.reviewed}
                        onChange={(_, data) => review.setReviewed(data.checked === true)}
                        label={getString("Impact_Reviewed")}
                    />
                </>
            )}
        </section>
    );
};
