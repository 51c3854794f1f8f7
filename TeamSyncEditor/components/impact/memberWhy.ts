import type { TeamId, UserId } from "../../engine/types";
import type { MemberExplanation } from "../../impact/types";
import { format, GetString } from "../viewModel/issueSentence";
import { pathText } from "./names";

export interface MemberWhyNames {
    teamName: (id: TeamId) => string;
    userName: (id: UserId) => string;
    formatDate: (iso: string) => string;
}

/** The plugin writes a log row's path as team names joined by " > " (Plugin: nw_path). */
const LOG_PATH_SEPARATOR = " > ";

/** Why the user is in the team: the causal chain of the latest logged change. */
export function memberWhy(row: MemberExplanation, names: MemberWhyNames, getString: GetString): string {
    const unknown = getString("Members_Unknown");
    const cause = row.cause;
    if (row.provenance === null) return getString("Members_Why_NotMember");
    if (cause === null) return getString("Members_Why_Unlogged");
    const date = names.formatDate(cause.createdOn);
    const by = cause.initiatingUserId === null ? unknown : names.userName(cause.initiatingUserId);
    if (cause.operation === "leave") return format(getString("Members_Why_Leave"), date, by);
    if (cause.cause === "manual") return format(getString("Members_Why_Manual"), date, by);
    const source = cause.sourceTeamId === null ? unknown : names.teamName(cause.sourceTeamId);
    const path =
        cause.path === null ? unknown : cause.path.split(LOG_PATH_SEPARATOR).join(getString("Impact_PathSeparator"));
    return format(getString("Members_Why_Sync"), date, names.userName(row.user), source, path, by);
}

/** In sync, or what reconcile would do to this membership and why. */
export function memberStatus(row: MemberExplanation, teamName: (id: TeamId) => string, getString: GetString): string {
    const outOfSync = row.outOfSync;
    if (outOfSync === null) return getString("Members_InSync");
    if (outOfSync.kind === "remove") return getString("Members_OutOfSync_Remove");
    return format(
        getString("Members_OutOfSync_Add"),
        teamName(outOfSync.via[0]),
        pathText(outOfSync.via, teamName, getString),
    );
}

export function provenanceText(row: MemberExplanation, getString: GetString): string {
    return getString(
        row.provenance === "manual"
            ? "Members_Manual"
            : row.provenance === "sync"
              ? "Members_Sync"
              : "Members_NotMember",
    );
}
