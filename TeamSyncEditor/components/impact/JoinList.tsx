import * as React from "react";
import { Text, useId } from "@fluentui/react-components";
import type { TeamId } from "../../engine/types";
import type { JoinRow } from "../../impact/types";
import { useStrings } from "../StringsContext";
import { countText } from "../viewModel/countText";
import { format } from "../viewModel/issueSentence";
import { pathText } from "./names";

export interface JoinListProps {
    team: TeamId;
    rows: readonly JoinRow[];
    teamName: (id: TeamId) => string;
}

/** "A user who joins <team> is added to": the teams in visit order, each with its path. */
export const JoinList: React.FC<JoinListProps> = ({ team, rows, teamName }) => {
    const getString = useStrings();
    const added = rows.filter((row) => row.status === "add").length;
    const headingId = useId("preview-join");
    return (
        <section aria-labelledby={headingId}>
            <Text as="h3" weight="semibold" id={headingId}>
                {format(getString("Preview_Join_Heading"), teamName(team), countText(getString, "Team", added))}
            </Text>
            {rows.length === 0 ? (
                <Text as="p">{getString("Preview_None")}</Text>
            ) : (
                <ol aria-labelledby={headingId}>
                    {rows.map((row) => (
                        <li key={row.team}>
                            <Text weight={row.status === "add" ? "semibold" : "regular"}>{teamName(row.team)}</Text>
                            {" — "}
                            <Text>{getString(row.status === "add" ? "Preview_Added" : "Preview_AlreadyMember")}</Text>
                            {" · "}
                            <Text>{format(getString("Preview_Path"), pathText(row.via, teamName, getString))}</Text>
                        </li>
                    ))}
                </ol>
            )}
        </section>
    );
};
