import * as React from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { LoadedOrg } from "../../../data/types";
import { buildGraph } from "../../../engine/graph";
import { DEFAULT_SETTINGS, Issue, Settings, SyncModel, TeamId } from "../../../engine/types";
import { joinPreview } from "../../../impact/joinPreview";
import { leavePreview } from "../../../impact/leavePreview";
import { memberSubject, newUserSubject } from "../../../impact/previewSubject";
import type { ImpactService } from "../ImpactService";
import type { PreviewService } from "../PreviewService";
import { JoinList } from "../JoinList";
import { LeaveList } from "../LeaveList";
import { teamNamer } from "../names";
import { SubjectChoice, SubjectPicker } from "../SubjectPicker";
import { countText } from "../../viewModel/countText";
import { useMemberships } from "../useMemberships";
import { useStrings } from "../../StringsContext";
import { format } from "../../viewModel/issueSentence";

export interface PreviewTabProps {
    org: LoadedOrg;
    /** The configuration as edited, unsaved changes included. */
    model: SyncModel;
    teamId: TeamId;
    /** Validation issues of `model` (the editor has them already): `wide-cascade` is shown here. */
    issues: readonly Issue[];
    settings?: Settings;
    service: PreviewService;
    /** Whose join and leave is shown: kept by the editor, so it outlasts a visit to another tab. */
    choice: SubjectChoice;
    onChoice: (choice: SubjectChoice) => void;
    /** How many unsaved changes `model` holds (the Save dialog's count). */
    changeCount: number;
    /** Who the unsaved edits affect (the Save dialog's impact review), shown while there are any. */
    editImpact?: React.ReactNode;
}

const useStyles = makeStyles({
    root: {
        display: "flex",
        flexDirection: "column",
        rowGap: tokens.spacingVerticalM,
        padding: tokens.spacingHorizontalM,
        overflowY: "auto",
        flexGrow: 1,
    },
    lists: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXXL },
});

/** What a join or a leave of this team would do, on the edited graph, for a new user or any user of the organisation. */
export const PreviewTab: React.FC<PreviewTabProps> = ({
    org,
    model,
    teamId,
    issues,
    settings = DEFAULT_SETTINGS,
    service,
    choice,
    onChoice,
    changeCount,
    editImpact,
}) => {
    const getString = useStrings();
    const styles = useStyles();
    const teamName = React.useMemo(() => teamNamer(org, getString), [org, getString]);
    const graph = React.useMemo(() => buildGraph(model), [model]);
    const user = choice.kind === "user" ? choice.user : null;
    const userIds = React.useMemo(() => (user ? [user.id] : null), [user]);
    const byUser = React.useMemo<ImpactService>(
        () => ({ loadMemberships: (ids, signal) => service.loadUserMemberships(ids, signal) }),
        [service],
    );
    const members = useMemberships(byUser, userIds, "Preview_UserFailed");

    const previews = React.useMemo(() => {
        if (choice.kind === "new") {
            return {
                join: joinPreview(graph, teamId, newUserSubject(graph, teamId, choice.roles, "join")),
                leave: leavePreview(graph, teamId, newUserSubject(graph, teamId, choice.roles, "leave")),
            };
        }
        if (members.status !== "ready" || user === null) return null;
        const subject = memberSubject(user.id, members.loaded.memberships, members.loaded.userRoles);
        return { join: joinPreview(graph, teamId, subject), leave: leavePreview(graph, teamId, subject) };
    }, [choice, user, members, graph, teamId]);

    const wide = issues.find((issue) => issue.code === "wide-cascade" && issue.teams.includes(teamId));
    const stillRequired = previews?.leave.warnings.find((warning) => warning.code === "still-required");
    const holder = stillRequired?.teams.find((id) => id !== teamId);

    return (
        <div className={styles.root}>
            <SubjectPicker choice={choice} onChoice={onChoice} roles={org.roles} service={service} picked={members} />
            <Text as="p">
                {changeCount === 0
                    ? getString("Preview_Saved")
                    : format(getString("Preview_Unsaved"), countText(getString, "UnsavedChange", changeCount))}
            </Text>
            {changeCount > 0 && editImpact}
            {wide && (
                <MessageBar intent="warning">
                    <MessageBarBody>
                        {format(
                            getString("Preview_WideCascade"),
                            teamName(teamId),
                            countText(getString, "Team", wide.reachable ?? 0),
                            settings.wideCascade,
                        )}
                    </MessageBarBody>
                </MessageBar>
            )}
            {holder !== undefined && (
                <MessageBar intent="warning">
                    <MessageBarBody>
                        {format(getString("Preview_StillRequired"), teamName(teamId), teamName(holder))}
                    </MessageBarBody>
                </MessageBar>
            )}
            {previews && (
                <div className={styles.lists}>
                    <JoinList team={teamId} rows={previews.join.rows} teamName={teamName} />
                    <LeaveList team={teamId} rows={previews.leave.rows} teamName={teamName} />
                </div>
            )}
        </div>
    );
};
