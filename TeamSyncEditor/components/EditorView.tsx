import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, TeamId } from "../engine/types";
import { newMemberId } from "../data/editSession";
import { toSyncModel } from "../data/mapOrg";
import { planWrites } from "../data/planWrites";
import { resolveEdits } from "../data/resolveEdits";
import { remainingWrites } from "../data/saveEdits";
import type { EditChange, LoadedOrg, SaveReport, TeamInfo } from "../data/types";
import { EditorToolbar, EditorTab } from "./EditorToolbar";
import { timed } from "./firstGraphTiming";
import { GraphView } from "./GraphView";
import { ImpactReviewPanel } from "./impact/ImpactReviewPanel";
import { useImpactReview } from "./impact/useImpactReview";
import { LinkDetails } from "./LinkDetails";
import { LinkList } from "./LinkList";
import { MembersTab } from "./MembersTab";
import { PreviewTab } from "./PreviewTab";
import { SaveDialog, SavePhase } from "./SaveDialog";
import { useStrings } from "./StringsContext";
import { TeamPicker } from "./TeamPicker";
import type { TeamSyncService } from "./TeamSyncService";
import { UnsavedBar } from "./UnsavedBar";
import { useIssues } from "./useIssues";
import { ValidationPanel } from "./ValidationPanel";
import { EditHistory, record, redo, undo } from "./viewModel/editHistory";
import { format } from "./viewModel/issueSentence";
import { linkViews } from "./viewModel/linkView";
import { editedTeams } from "./viewModel/editedTeams";
import { neighbourhood } from "./viewModel/neighbourhood";
import { PickSide, teamChoices } from "./viewModel/teamChoices";

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
    /** Reload the organisation, then start again from `changes`. */
    onReload: (changes: readonly EditChange[]) => void;
    impactReviewThreshold?: number | null;
}

/** Teams shown at most before "+N more"; each press of it shows this many more. */
export const NODE_LIMIT = 300;
/** Children, and apart parents, drawn per team before the rest wait in "+N more": what a view shows legibly. */
export const SHOWN_PER_TEAM = 5;

const useStyles = makeStyles({
    root: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
    main: { display: "flex", flexGrow: 1, minHeight: 0 },
    canvas: { flexGrow: 1, minWidth: 0, position: "relative", display: "flex", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
    hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** The editor: views of the current team's links, local edits with undo, live validation, and save. */
export const EditorView: React.FC<EditorViewProps> = ({ org, teamId, readOnlyKey, service, initialChanges, seed, onReload, impactReviewThreshold }) => {
    const getString = useStrings();
    const styles = useStyles();
    const readOnly = readOnlyKey !== null;
    const [history, setHistory] = React.useState<EditHistory>({ done: initialChanges, undone: [] });
    const [tab, setTab] = React.useState<EditorTab>("graph");
    const [centre, setCentre] = React.useState<TeamId>(teamId);
    const [depth, setDepth] = React.useState(2);
    const [limit, setLimit] = React.useState(NODE_LIMIT);
    const [expandedGroups, setExpandedGroups] = React.useState<ReadonlySet<TeamId>>(new Set());
    const [picker, setPickerState] = React.useState<PickSide | null>(null);
    // Focus goes back to the button that opened the picker when it closes.
    const pickerOpener = React.useRef<HTMLElement | null>(null);
    const setPicker = (side: PickSide | null): void => {
        if (side !== null) pickerOpener.current = document.activeElement as HTMLElement | null;
        else window.setTimeout(() => pickerOpener.current?.focus());
        setPickerState(side);
    };
    const [selectedTeams, setSelectedTeams] = React.useState<ReadonlySet<TeamId>>(new Set());
    const [selectedLinks, setSelectedLinks] = React.useState<ReadonlySet<string>>(new Set());
    const [save, setSave] = React.useState<SavePhase | null>(null);
    const rootRef = React.useRef<HTMLDivElement>(null);

    const teams = React.useMemo(() => new Map<TeamId, TeamInfo>(org.teams.map((team) => [team.id, team])), [org.teams]);
    const teamName = React.useCallback((id: string) => teams.get(id)?.name ?? format(getString("Editor_UnknownTeam"), id), [teams, getString]);
    const records = React.useMemo(() => timed("engine", () => resolveEdits(org, history.done, seed)), [org, history.done, seed]);
    const links = React.useMemo(() => timed("engine", () => linkViews(records)), [records]);
    const model = React.useMemo(() => timed("engine", () => toSyncModel(org.teams, org.roles, records.configurations, records.members)), [org.teams, org.roles, records]);
    const checked = useIssues(model);
    const checking = checked === null;
    const issues = React.useMemo(() => checked ?? [], [checked]);
    const review = useImpactReview({ service, org, model, active: save?.phase === "confirm", threshold: impactReviewThreshold });
    const errors = React.useMemo(() => issues.filter((issue) => issue.severity === "error"), [issues]);
    const errorCount = errors.length;
    const errorLinks = React.useMemo(() => new Set(errors.flatMap((issue) => issue.records)), [errors]);
    const pinned = React.useMemo(() => new Set([...editedTeams(history.done, links), ...selectedTeams]), [history.done, links, selectedTeams]);
    const shown = React.useMemo(
        () => timed("engine", () => neighbourhood(links, centre, depth, limit, { perTeam: SHOWN_PER_TEAM, expanded: expandedGroups, pinned })),
        [links, centre, depth, limit, expandedGroups, pinned],
    );
    const shownTeams = React.useMemo(() => new Set(shown.teams), [shown.teams]);
    const focus = React.useMemo(() => {
        const newest = links.find((link) => selectedLinks.has(link.memberId));
        return [centre, ...selectedTeams, ...(newest ? [newest.parent, newest.child] : [])];
    }, [centre, selectedTeams, selectedLinks, links]);
    const selectedLink = links.find((link) => selectedLinks.size === 1 && selectedLinks.has(link.memberId));

    // A polite announcement when the number of issues changes, not on first render.
    const [announcement, setAnnouncement] = React.useState("");
    const announcedCount = React.useRef<number | null>(null);
    React.useEffect(() => {
        if (checking) return;
        if (announcedCount.current === null) announcedCount.current = issues.length;
        if (announcedCount.current === issues.length) return;
        announcedCount.current = issues.length;
        setAnnouncement(format(getString("Editor_IssueCountChanged"), issues.length, errorCount));
    }, [checking, issues.length, errorCount, getString]);

    const change = React.useCallback((edit: EditChange) => {
        if (readOnly) return;
        setHistory((current) => record(current, edit));
        if (edit.kind === "removeLink") setSelectedLinks(new Set());
    }, [readOnly]);
    const addLink = React.useCallback(
        (parent: TeamId, child: TeamId) => {
            const memberId = newMemberId();
            change({ kind: "addLink", memberId, parentTeamId: parent, childTeamId: child, direction: "one-way", order: null, roleId: null });
            setSelectedLinks(new Set([memberId]));
        },
        [change],
    );
    const selectLink = React.useCallback((memberId: string | null) => {
        setSelectedLinks(new Set(memberId === null ? [] : [memberId]));
        setSelectedTeams(new Set());
    }, []);
    const removeLinks = React.useCallback((memberIds: string[]) => memberIds.forEach((memberId) => change({ kind: "removeLink", memberId })), [change]);
    const expand = React.useCallback(() => setLimit((current) => current + NODE_LIMIT), []);
    const expandGroup = React.useCallback((team: TeamId) => setExpandedGroups((current) => new Set([...current, team])), []);

    const chooseIssue = (issue: Issue): void => {
        const shownTeams = new Set(shown.teams);
        if (issue.teams.some((team) => !shownTeams.has(team)) && teams.has(issue.teams[0])) setCentre(issue.teams[0]);
        setSelectedTeams(new Set(issue.teams));
        setSelectedLinks(new Set(issue.records.filter((id) => links.some((link) => link.memberId === id))));
        setFocusRequest((count) => count + 1);
    };
    // After choosing an issue, focus moves to the first chosen link or team so the keyboard follows.
    const [focusRequest, setFocusRequest] = React.useState(0);
    const focusTargets = React.useRef<string[]>([]);
    focusTargets.current = [...selectedLinks, ...selectedTeams];
    React.useEffect(() => {
        const root = rootRef.current;
        if (focusRequest === 0 || !root) return;
        const target = focusTargets.current
            .map((id) => Array.from(root.querySelectorAll<HTMLElement>("[data-id], [data-link]")).find((element) => (element.dataset.id ?? element.dataset.link) === id))
            .find((element) => element);
        target?.focus();
    }, [focusRequest]);

    const onKeyDown = (event: React.KeyboardEvent): void => {
        const target = event.target as HTMLElement;
        if (readOnly || !(event.ctrlKey || event.metaKey) || target.closest("input, textarea, [contenteditable='true']")) return;
        const key = event.key.toLowerCase();
        if (key === "z" && !event.shiftKey) setHistory(undo);
        else if (key === "y" || (key === "z" && event.shiftKey)) setHistory(redo);
        else return;
        event.preventDefault();
    };

    const runSave = (run: (progress: (done: number, total: number) => void) => Promise<SaveReport>, total: number): void => {
        setSave({ phase: "saving", done: 0, total });
        run((done, all) => setSave({ phase: "saving", done, total: all })).then(
            (report) => setSave({ phase: "report", report }),
            (error: unknown) => setSave({ phase: "error", detail: error instanceof Error ? error.message : String(error) }),
        );
    };
    const closeSave = (): void => {
        if (save?.phase === "report" && save.report.status === "saved") onReload([]);
        else setSave(null);
    };

    return (
        <div ref={rootRef} className={styles.root} onKeyDown={onKeyDown}>
            <EditorToolbar
                tab={tab}
                onTab={setTab}
                depth={depth}
                onDepth={setDepth}
                teams={org.teams}
                onCentre={setCentre}
                readOnly={readOnly}
                onAddChild={() => setPicker("child")}
                onAddParent={() => setPicker("parent")}
            />
            {!readOnly && (
                <UnsavedBar
                    changeCount={history.done.length}
                    errorCount={errorCount}
                    checking={checking}
                    canUndo={history.done.length > 0}
                    canRedo={history.undone.length > 0}
                    onUndo={() => setHistory(undo)}
                    onRedo={() => setHistory(redo)}
                    onSave={() => setSave({ phase: "confirm", writes: planWrites(org, history.done, seed) })}
                    onDiscard={() => setHistory({ done: [], undone: [] })}
                />
            )}
            <div className={styles.main}>
                <div className={styles.canvas}>
                    {tab === "preview" && <PreviewTab org={org} model={model} teamId={teamId} issues={issues} service={service} />}
                    {tab === "members" && <MembersTab org={org} teamId={teamId} service={service} />}
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
                        onCancel={() => setPicker(null)}
                        onPick={(picked) => {
                            setPicker(null);
                            if (picker === "child") addLink(teamId, picked);
                            else addLink(picked, teamId);
                        }}
                    />
                )}
                {picker === null && selectedLink && (
                    <LinkDetails link={selectedLink} teamName={teamName} roles={org.roles} readOnly={readOnly} onChange={change} onClose={() => selectLink(null)} />
                )}
            </div>
            <ValidationPanel issues={checked} teamName={teamName} onChoose={chooseIssue} visibleTeams={shownTeams} />
            <div className={styles.hidden} aria-live="polite" role="status">{announcement}</div>
            {save && (
                <SaveDialog
                    state={save}
                    onCancel={closeSave}
                    onConfirm={() => runSave((progress) => service.save(org, history.done, seed, progress), save.phase === "confirm" ? save.writes.length : 0)}
                    onRetry={() => {
                        if (save.phase !== "report" || save.report.status !== "failed") return;
                        const left = remainingWrites(save.report);
                        runSave((progress) => service.resume(left, progress), left.length);
                    }}
                    onReload={() => onReload(save.phase === "report" && save.report.status === "conflict" ? history.done : [])}
                    impact={<ImpactReviewPanel review={review} org={org} />}
                    canConfirm={review.canSave}
                />
            )}
        </div>
    );
};
