import * as React from "react";
import { Text, useId } from "@fluentui/react-components";
import type { TeamId } from "../../engine/types";
import type { LeaveRow, StayReason } from "../../impact/types";
import { useStrings } from "../StringsContext";
import { countText } from "../viewModel/countText";
import { format, GetString } from "../viewModel/issueSentence";
import { pathText } from "./names";

export interface LeaveListProps {
    team: TeamId;
    rows: readonly LeaveRow[];
    teamName: (id: TeamId) => string;
}

function stayText(reason: StayReason, teamName: (id: TeamId) => string, getString: GetString): string {
    if (reason.kind === "manual") return getString("Preview_Stays_Manual");
    if (reason.kind === "held") return format(getString("Preview_Stays_Held"), teamName(reason.root));
    return getString("Preview_Stays_StillRequired");
}

/** "A user who leaves <team> is removed from": the user's teams of reach(team) in visit order, removed or kept and why. */
export const LeaveList: React.FC<LeaveListProps> = ({ team, rows, teamName }) => {
    const getString = useStrings();
    const headingId = useId("preview-leave");
    // Teams of the reach the user is not in change nothing on a leave.
    const shown = rows.filter((row) => row.status !== "not-member");
    const removed = shown.filter((row) => row.status === "remove").length;
    return (
        <section aria-labelledby={headingId}>
            <Text as="h3" weight="semibold" id={headingId}>
                {format(getString("Preview_Leave_Heading"), teamName(team), countText(getString, "Team", removed))}
            </Text>
            {shown.length === 0 ? (
                <Text as="p">{getString("Preview_None")}</Text>
            ) : (
                <ol aria-labelledby={headingId}>
                    {shown.map((row) => (
                        <li key={row.team}>
                            <Text weight={row.status === "remove" ? "semibold" : "regular"}>{teamName(row.team)}</Text>
                            {" — "}
                            <Text>
                                {row.status === "stays"
                                    ? stayText(row.reason, teamName, getString)
                                    : getString("Preview_Removed")}
                            </Text>
                            {" · "}
                            <Text>{format(getString("Preview_Path"), pathText(row.via, teamName, getString))}</Text>
                        </li>
                    ))}
                </ol>
            )}
        </section>
    );
};
