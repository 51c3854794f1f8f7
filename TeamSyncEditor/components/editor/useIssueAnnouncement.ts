import * as React from "react";
import type { Issue } from "../../engine/types";
import { useStrings } from "../StringsContext";
import { countText } from "../viewModel/countText";
import { format } from "../viewModel/issueSentence";

/** A polite announcement when the number of issues changes, not on the first check. `checked` is null until that check. */
export function useIssueAnnouncement(checked: readonly Issue[] | null, errorCount: number): string {
    const getString = useStrings();
    const [announcement, setAnnouncement] = React.useState("");
    const announcedCount = React.useRef<number | null>(null);
    const count = checked?.length ?? null;
    React.useEffect(() => {
        if (count === null) return;
        if (announcedCount.current === null) announcedCount.current = count;
        if (announcedCount.current === count) return;
        announcedCount.current = count;
        setAnnouncement(
            format(
                getString("Editor_IssueCountChanged"),
                countText(getString, "ValidationIssue", count),
                countText(getString, "Error", errorCount),
            ),
        );
    }, [count, errorCount, getString]);
    return announcement;
}
