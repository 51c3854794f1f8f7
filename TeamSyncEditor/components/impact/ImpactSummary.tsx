import * as React from "react";
import {
    Accordion,
    AccordionHeader,
    AccordionItem,
    AccordionPanel,
    Button,
    Text,
    makeStyles,
    tokens,
} from "@fluentui/react-components";
import type { Operation, TeamId, UserId } from "../../engine/types";
import { impactCsv } from "../../impact/impactCsv";
import type { EditImpact, ImpactGroup } from "../../impact/types";
import { downloadCsv } from "./downloadCsv";
import { pathText } from "./names";
import { useStrings } from "../StringsContext";
import { countText } from "../viewModel/countText";
import { format, GetString } from "../viewModel/issueSentence";

export interface ImpactSummaryProps {
    impact: EditImpact;
    teamName: (id: TeamId) => string;
    userName: (id: UserId) => string;
}

const useStyles = makeStyles({
    root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
    list: { marginTop: 0, marginBottom: 0 },
});

/** "Saving will add 37 memberships for 12 users and remove 4 from 3 users", drift apart, per user and per team, and CSV export. */
export const ImpactSummary: React.FC<ImpactSummaryProps> = ({ impact, teamName, userName }) => {
    const getString = useStrings();
    const styles = useStyles();
    const path = (op: Operation) => pathText(op.via, teamName, getString);
    const count = (noun: string, n: number) => countText(getString, noun, n);
    const exportCsv = (): void => {
        const text = impactCsv(impact, userName, teamName, {
            headings: [
                getString("Impact_Csv_Change"),
                getString("Impact_Csv_CountedAs"),
                getString("Impact_Csv_User"),
                getString("Impact_Csv_UserId"),
                getString("Impact_Csv_Team"),
                getString("Impact_Csv_TeamId"),
                getString("Impact_Csv_Path"),
            ],
            add: getString("Impact_Csv_Add"),
            remove: getString("Impact_Csv_Remove"),
            edit: getString("Impact_Csv_Edit"),
            drift: getString("Impact_Csv_Drift"),
            pathSeparator: getString("Impact_PathSeparator"),
        });
        downloadCsv(text, getString("Impact_Csv_FileName"));
    };
    const changed = impact.operations.length > 0;
    return (
        <div className={styles.root}>
            <Text as="p" weight="semibold" role="status">
                {changed
                    ? format(
                          getString("Impact_Summary"),
                          count("Membership", impact.adds),
                          count("User", impact.addUsers),
                          count("Membership", impact.removes),
                          count("User", impact.removeUsers),
                      )
                    : getString("Impact_NoChange")}
            </Text>
            {impact.drift.length > 0 && (
                <Text as="p">
                    {format(
                        getString("Impact_Drift"),
                        count("Membership", impact.driftAdds),
                        count("Membership", impact.driftRemoves),
                        count("User", impact.driftUsers),
                    )}
                </Text>
            )}
            <Text as="p" size={200}>
                {format(getString("Impact_Checked"), count("User", impact.usersChecked))}
            </Text>
            {changed && (
                <Accordion collapsible multiple>
                    <AccordionItem value="user">
                        <AccordionHeader>{format(getString("Impact_ByUser"), impact.byUser.length)}</AccordionHeader>
                        <AccordionPanel>
                            <GroupList
                                groups={impact.byUser}
                                name={userName}
                                line={(op) =>
                                    format(
                                        getString(op.op === "add" ? "Impact_Op_AddTo" : "Impact_Op_RemoveFrom"),
                                        teamName(op.team),
                                        path(op),
                                    )
                                }
                                getString={getString}
                                className={styles.list}
                            />
                        </AccordionPanel>
                    </AccordionItem>
                    <AccordionItem value="team">
                        <AccordionHeader>{format(getString("Impact_ByTeam"), impact.byTeam.length)}</AccordionHeader>
                        <AccordionPanel>
                            <GroupList
                                groups={impact.byTeam}
                                name={teamName}
                                line={(op) =>
                                    format(
                                        getString(op.op === "add" ? "Impact_Op_UserAdded" : "Impact_Op_UserRemoved"),
                                        userName(op.user),
                                        path(op),
                                    )
                                }
                                getString={getString}
                                className={styles.list}
                            />
                        </AccordionPanel>
                    </AccordionItem>
                </Accordion>
            )}
            {(changed || impact.drift.length > 0) && (
                <div>
                    <Button onClick={exportCsv}>{getString("Impact_Export")}</Button>
                </div>
            )}
        </div>
    );
};

interface GroupListProps {
    groups: readonly ImpactGroup[];
    name: (id: string) => string;
    line: (op: Operation) => string;
    getString: GetString;
    className: string;
}

const GroupList: React.FC<GroupListProps> = ({ groups, name, line, getString, className }) => {
    const sorted = [...groups].sort((a, b) => name(a.key).localeCompare(name(b.key)));
    return (
        <ul className={className}>
            {sorted.map((group) => (
                <li key={group.key}>
                    {format(getString("Impact_Group"), name(group.key), group.adds.length, group.removes.length)}
                    <ul>
                        {[...group.adds, ...group.removes].map((op) => (
                            <li key={`${op.op}|${op.user}|${op.team}`}>{line(op)}</li>
                        ))}
                    </ul>
                </li>
            ))}
        </ul>
    );
};
