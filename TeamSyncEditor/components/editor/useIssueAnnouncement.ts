import * as React from "react";
import type { Issue } from "../../engine/types";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";

/** A polite announcement when the number of issues changes, not on first render. */
export function useIssueAnnouncement(issues: readonly Issue[], errorCount: number): string {
    const getString = useStrings();
    const [announcement, setAnnouncement] = React.useState("");
    const announcedCount = React.useRef(issues.length);
    React.useEffect(() => {
        if (announcedCount.current === issues.length) return;
        announcedCount.current = issues.length;
        setAnnouncement(format(getString("Editor_IssueCountChanged"), issues.length, errorCount));
    }, [issues.length, errorCount, getString]);
    return announcement;
}
