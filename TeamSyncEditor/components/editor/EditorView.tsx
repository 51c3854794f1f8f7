import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { newId } from "../../data/newId";
import { plannedWrites } from "../../data/planWrites";
import type { EditChange, LoadedOrg } from "../../data/types";
import type { TeamId } from "../../engine/types";
import { GraphView } from "../graph/GraphView";
import { ImpactReviewPanel } from "../impact/ImpactReviewPanel";
import { MembersTab } from "../impact/tabs/MembersTab";
import { PreviewTab } from "../impact/tabs/PreviewTab";
import { NEW_USER, SubjectChoice } from "../impact/SubjectPicker";
import { useImpactReview } from "../impact/useImpactReview";
import { LinkDetails } from "../links/LinkDetails";
import { LinkList } from "../links/LinkList";
import { TeamPicker } from "../links/TeamPicker";
import { SaveDialog } from "../save/SaveDialog";
import { useSave } from "../save/useSave";
import type { TeamSyncService } from "../TeamSyncService";
import { timed } from "../firstGraphTiming";
import { editedTeams } from "../viewModel/editedTeams";
import { neighbourhood } from "../viewModel/neighbourhood";
import { teamChoices } from "../viewModel/teamChoices";
import { editorReducer, initialEditorState, SHOWN_PER_TEAM } from "../../state/editorState";
import type { ReloadKind } from "../../state/saveFlow";
import { lastDiscarded } from "../../state/editHistory";
import { undoShortcut } from "../../state/undoShortcut";
import { EditorToolbar } from "./EditorToolbar";
import { UnsavedBar } from "./UnsavedBar";
import { useEditedOrg } from "./useEditedOrg";
import { useIssueAnnouncement } from "./useIssueAnnouncement";
import { useIssueFocus } from "./useIssueFocus";
import { useUnsavedWarning } from "./useUnsavedWarning";
import { ValidationPanel } from "./ValidationPanel";

export interface EditorViewProps {
    org: LoadedOrg;
    teamId: TeamId;
    /** Resx key saying why editing is off, or null when the admin may edit. */
    readOnlyKey: string | null;
    service: TeamSyncService;
    /** Edits to start from (kept across a reload after a save conflict). */
    initialChanges: readonly EditChange[];
    /** Names the records the edits create; kept with the edits so a retried save names them alike. */
    seed: string;
    /** Reload the organisation: afresh, or carrying `changes` over to what is now saved. */
    onReload: (kind: ReloadKind, changes: readonly EditChange[]) => void;
    /** A date as the user reads it (the platform's formatting). */
    formatDate: (iso: string) => string;
    impactReviewThreshold?: number | null;
    /** The editor replaces one reloaded from the Save dialog: the focus goes back to Save. */
    focusSave?: boolean;
    onUnsavedChanges?: (count: number) => void;
}

const useStyles = makeStyles({
    root: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
    main: { display: "flex", flexGrow: 1, minHeight: 0 },
    canvas: {
        flexGrow: 1,
        minWidth: 0,
        position: "relative",
        display: "flex",
        border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    hidden: {
        position: "absolute",
        width: "1px",
        height: "1px",
        overflow: "hidden",
        clip: "rect(0 0 0 0)",
        whiteSpace: "nowrap",
    },
});

/** The editor: views of the current team's links, local edits with undo, live validation, and save. State lives in `editorState`. */
export const EditorView: React.FC<EditorViewProps> = ({
    org,
    teamId,
    readOnlyKey,
    service,
    initialChanges,
    seed,
    onReload,
    formatDate,
    impactReviewThreshold,
    focusSave = false,
    onUnsavedChanges,
}) => {
    const styles = useStyles();
    const readOnly = readOnlyKey !== null;
    const [state, dispatch] = React.useReducer(editorReducer, undefined, () =>
        initialEditorState(teamId, readOnly, initialChanges),
    );
    const { history, tab, centre, depth, limit, expandedGroups, picker, selectedTeams, selectedLinks } = state;
    const rootRef = React.useRef<HTMLDivElement>(null);
    const canvasRef = React.useRef<HTMLDivElement>(null);
    const saveRef = React.useRef<HTMLButtonElement>(null);
    React.useEffect(() => {
        if (focusSave) saveRef.current?.focus();
    }, [focusSave]);

    useUnsavedWarning(history.done.length, onUnsavedChanges);
    const edited = useEditedOrg(org, history.done, seed);
    const { teams, teamName, links, model, checked, issues, errors, errorLinks } = edited;
    const pinned = React.useMemo(
        () => new Set([...editedTeams(history.done, links), ...selectedTeams]),
        [history.done, links, selectedTeams],
    );
    const shown = React.useMemo(
        () =>
            timed("engine", () =>
                neighbourhood(links, centre, depth, limit, {
                    perTeam: SHOWN_PER_TEAM,
                    expanded: expandedGroups,
                    pinned,
                }),
            ),
        [links, centre, depth, limit, expandedGroups, pinned],
    );
    const shownTeams = React.useMemo(() => new Set(shown.teams), [shown.teams]);
    // What the drawing keeps in view: the centre, the selection and the newest selected link's ends.
    const focus = React.useMemo(() => {
        const newest = links.find((link) => selectedLinks.has(link.memberId));
        return [centre, ...selectedTeams, ...(newest ? [newest.parent, newest.child] : [])];
    }, [centre, selectedTeams, selectedLinks, links]);
    // What the Save dialog will list: edits that cancel out or touch one record twice count once, or not at all.
    const changeCount = React.useMemo(
        () => (history.done.length === 0 ? 0 : plannedWrites(org, history.done, seed).length),
        [org, history.done, seed],
    );
    const selectedLink = links.find((link) => selectedLinks.size === 1 && selectedLinks.has(link.memberId));
    const lastChange = history.done[history.done.length - 1];
    const justAdded =
        selectedLink !== undefined && lastChange?.kind === "addLink" && lastChange.memberId === selectedLink.memberId;
    const save = useSave({
        service,
        org,
        changes: history.done,
        seed,
        onReload: (kind) => onReload(kind, history.done),
    });
    const review = useImpactReview({
        service,
        org,
        model,
        active: save.phase?.phase === "confirm" || (tab === "preview" && changeCount > 0),
        threshold: impactReviewThreshold,
    });
    // The Preview tab's subject lives here, so its ticks and picked user outlast a visit to another tab.
    const [previewChoice, setPreviewChoice] = React.useState<SubjectChoice>(NEW_USER);
    const announcement = useIssueAnnouncement(checked, errors.length);
    const isKnownTeam = React.useCallback((team: TeamId) => teams.has(team), [teams]);
    const chooseIssue = useIssueFocus({ root: rootRef, dispatch, shownTeams: shown.teams, links, isKnownTeam });

    const change = React.useCallback((edit: EditChange) => dispatch({ type: "edit", change: edit }), []);
    const addLink = React.useCallback(
        (parent: TeamId, child: TeamId) => dispatch({ type: "addLink", memberId: newId(), parent, child }),
        [],
    );
    const selectLink = React.useCallback((memberId: string | null) => dispatch({ type: "selectLink", memberId }), []);
    // Removing turns a link off; one already off has nothing to remove, so it makes no edit.
    const removeLinks = React.useCallback(
        (memberIds: string[]) => {
            const on = memberIds.filter((id) => links.some((link) => link.memberId === id && link.memberActive));
            if (on.length > 0) dispatch({ type: "removeLinks", memberIds: on });
        },
        [links],
    );
    const expand = React.useCallback(() => dispatch({ type: "showMore" }), []);
    const expandGroup = React.useCallback((team: TeamId) => dispatch({ type: "expandGroup", team }), []);
    // A removed link's edge or row is gone with it: the focus goes to its parent team, else into the view.
    const focusNear = (team: TeamId) => () =>
        canvasRef.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${team}"]`) ??
        canvasRef.current?.querySelector<HTMLElement>("button, [tabindex='0']") ??
        null;

    const onKeyDown = (event: React.KeyboardEvent): void => {
        const inTextField = (event.target as HTMLElement).closest("input, textarea, [contenteditable='true']") !== null;
        const action = readOnly ? null : undoShortcut(event, inTextField);
        if (!action) return;
        dispatch(action);
        event.preventDefault();
    };

    return (
        <div ref={rootRef} className={styles.root} onKeyDown={onKeyDown}>
            <EditorToolbar
                tab={tab}
                onTab={(next) => dispatch({ type: "tab", tab: next })}
                depth={depth}
                onDepth={(next) => dispatch({ type: "depth", depth: next })}
                teams={org.teams}
                onCentre={(team) => dispatch({ type: "centre", team })}
                readOnly={readOnly}
                onAddChild={() => dispatch({ type: "openPicker", side: "child" })}
                onAddParent={() => dispatch({ type: "openPicker", side: "parent" })}
            />
            {!readOnly && (
                <UnsavedBar
                    changeCount={changeCount}
                    discardedCount={lastDiscarded(history)}
                    errorCount={errors.length}
                    checking={checked === null}
                    canUndo={history.steps.length > 0}
                    canRedo={history.undone.length > 0}
                    onUndo={() => dispatch({ type: "undo" })}
                    onRedo={() => dispatch({ type: "redo" })}
                    onSave={save.open}
                    saveRef={saveRef}
                    onDiscard={() => dispatch({ type: "discard" })}
                />
            )}
            <div className={styles.main}>
                <div ref={canvasRef} className={styles.canvas}>
                    {tab === "preview" && (
                        <PreviewTab
                            org={org}
                            model={model}
                            teamId={teamId}
                            issues={issues}
                            service={service}
                            choice={previewChoice}
                            onChoice={setPreviewChoice}
                            changeCount={changeCount}
                            editImpact={<ImpactReviewPanel review={review} org={org} withTick={false} />}
                        />
                    )}
                    {tab === "members" && (
                        <MembersTab
                            org={org}
                            teamId={teamId}
                            service={service}
                            formatDate={formatDate}
                            reconcile={service.propagation.reconcilePage}
                        />
                    )}
                    {tab === "graph" && (
                        <GraphView
                            shown={shown}
                            teams={teams}
                            roles={org.roles}
                            currentTeam={teamId}
                            focus={focus}
                            selectedTeams={selectedTeams}
                            selectedLinks={selectedLinks}
                            errorLinks={errorLinks}
                            readOnly={readOnly}
                            onConnect={addLink}
                            onSelectLink={selectLink}
                            onDeleteLinks={removeLinks}
                            onExpand={expand}
                            onExpandGroup={expandGroup}
                        />
                    )}
                    {tab === "list" && (
                        <LinkList
                            links={shown.links}
                            issues={issues}
                            teamName={teamName}
                            roles={org.roles}
                            selectedLinks={selectedLinks}
                            readOnly={readOnly}
                            onSelect={selectLink}
                            onRemove={(memberId) => removeLinks([memberId])}
                        />
                    )}
                </div>
                {picker !== null && (
                    <TeamPicker
                        side={picker}
                        choices={teamChoices(org.teams, links, teamId, picker)}
                        onCancel={() => dispatch({ type: "closePicker" })}
                        onPick={(picked) => dispatch({ type: "pick", memberId: newId(), picked })}
                    />
                )}
                {picker === null && selectedLink && (
                    <LinkDetails
                        key={selectedLink.memberId}
                        link={selectedLink}
                        teamName={teamName}
                        roles={org.roles}
                        readOnly={readOnly}
                        takeFocus={justAdded}
                        onChange={change}
                        onRemove={(memberId) => removeLinks([memberId])}
                        onClose={() => selectLink(null)}
                        returnFocus={focusNear(selectedLink.parent)}
                    />
                )}
            </div>
            <ValidationPanel issues={checked} teamName={teamName} onChoose={chooseIssue} visibleTeams={shownTeams} />
            <div className={styles.hidden} aria-live="polite" role="status">
                {announcement}
            </div>
            {save.phase && (
                <SaveDialog
                    state={save.phase}
                    onCancel={save.close}
                    onConfirm={save.confirm}
                    onRetry={save.retry}
                    onReload={save.reload}
                    impact={<ImpactReviewPanel review={review} org={org} />}
                    canConfirm={review.canSave}
                    returnFocus={() => saveRef.current}
                />
            )}
        </div>
    );
};
