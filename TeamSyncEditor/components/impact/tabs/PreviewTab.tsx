import * as React from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { LoadedOrg } from "../../../data/types";
import { buildGraph } from "../../../engine/graph";
import { DEFAULT_SETTINGS, Issue, Settings, SyncModel, TeamId } from "../../../engine/types";
import { joinPreview } from "../../../impact/joinPreview";
import { leavePreview } from "../../../impact/leavePreview";
import { memberSubject, newUserSubject } from "../../../impact/previewSubject";
import type { ImpactService } from "../ImpactService";
import { JoinList } from "../JoinList";
import { LeaveList } from "../LeaveList";
import { teamNamer, userNamer } from "../names";
import { SubjectChoice, SubjectPicker } from "../SubjectPicker";
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
    service: ImpactService;
}

const useStyles = makeStyles({
    root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, overflowY: "auto", flexGrow: 1 },
    lists: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXXL },
});

/** What a join or a leave of this team would do, on the edited graph, for a new user or one of the members. */
export const PreviewTab: React.FC<PreviewTabProps> = ({ org, model, teamId, issues, settings = DEFAULT_SETTINGS, service }) => {
    const getString = useStrings();
    const styles = useStyles();
    const [choice, setChoice] = React.useState<SubjectChoice>({ kind: "new", roles: new Set() });
    const teamName = React.useMemo(() => teamNamer(org, getString), [org, getString]);
    const graph = React.useMemo(() => buildGraph(model), [model]);
    const teamIds = React.useMemo(() => (choice.kind === "member" ? [teamId] : null), [choice.kind, teamId]);
    const members = useMemberships(service, teamIds, "Preview_MembersFailed");

    const memberOptions = React.useMemo(() => {
        if (members.status !== "ready") return [];
        const name = userNamer(members.loaded.users, getString);
        return [...members.loaded.memberships]
            .filter(([, teams]) => teams.has(teamId))
            .map(([id]) => ({ id, name: name(id) }))
            .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    }, [members, teamId, getString]);

    const previews = React.useMemo(() => {
        if (choice.kind === "new") {
            return {
                join: joinPreview(graph, teamId, newUserSubject(graph, teamId, choice.roles, "join")),
                leave: leavePreview(graph, teamId, newUserSubject(graph, teamId, choice.roles, "leave")),
            };
        }
        if (members.status !== "ready" || choice.user === null) return null;
        const subject = memberSubject(choice.user, members.loaded.memberships, members.loaded.userRoles);
        return { join: joinPreview(graph, teamId, subject), leave: leavePreview(graph, teamId, subject) };
    }, [choice, members, graph, teamId]);

    const wide = issues.find((issue) => issue.code === "wide-cascade" && issue.teams.includes(teamId));
    const stillRequired = previews?.leave.warnings.find((warning) => warning.code === "still-required");
    const holder = stillRequired?.teams.find((id) => id !== teamId);

    return (
        <div className={styles.root}>
            <SubjectPicker choice={choice} onChoice={setChoice} roles={org.roles} members={members} memberOptions={memberOptions} />
            <Text as="p">{getString("Preview_Unsaved")}</Text>
            {wide && (
                <MessageBar intent="warning">
                    <MessageBarBody>{format(getString("Preview_WideCascade"), teamName(teamId), wide.reachable ?? 0, settings.wideCascade)}</MessageBarBody>
                </MessageBar>
            )}
            {holder !== undefined && (
                <MessageBar intent="warning">
                    <MessageBarBody>{format(getString("Preview_StillRequired"), teamName(teamId), teamName(holder))}</MessageBarBody>
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
