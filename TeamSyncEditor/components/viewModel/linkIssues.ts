import type { Issue } from "../../engine/types";
import type { LinkView } from "./linkView";

/** The issues that name a link's member record. */
export function linkIssues(link: LinkView, issues: readonly Issue[]): Issue[] {
    return issues.filter((issue) => issue.records.includes(link.memberId));
}
