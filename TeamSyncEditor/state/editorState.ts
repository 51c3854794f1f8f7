/**
 * The editor's state in one pure reducer: the edits with undo and redo, the selection, the view
 * (tab, centre, depth, how many teams are shown) and the team picker. Everything the view shows
 * is derived from this and the loaded organisation; nothing here touches the DOM or the network.
 */
import type { EditChange } from "../data/types";
import type { TeamId } from "../engine/types";
import { discard, EditHistory, historyOf, record, redo, undo } from "./editHistory";

/** Which end of a new link the picked team becomes. */
export type PickSide = "child" | "parent";

export type EditorTab = "graph" | "list" | "preview" | "members";

/** Teams shown at most before "+N more"; each press of it shows this many more. */
export const NODE_LIMIT = 300;

/** Children, and apart parents, drawn per team before the rest wait in "+N more": what a view shows legibly. */
export const SHOWN_PER_TEAM = 5;

export const DEFAULT_DEPTH = 2;

export interface EditorState {
    /** The team whose form the control sits on: picked teams are linked to it. */
    team: TeamId;
    readOnly: boolean;
    history: EditHistory;
    tab: EditorTab;
    centre: TeamId;
    depth: number;
    limit: number;
    /** Teams whose children (or apart parents) past the legible number are all drawn: their "+N more" was pressed. */
    expandedGroups: ReadonlySet<TeamId>;
    picker: PickSide | null;
    selectedTeams: ReadonlySet<TeamId>;
    selectedLinks: ReadonlySet<string>;
}

export type EditorAction =
    | { type: "edit"; change: EditChange }
    /** `memberId` names the new link's record (the caller makes ids, so this stays pure). */
    | { type: "addLink"; memberId: string; parent: TeamId; child: TeamId }
    | { type: "removeLinks"; memberIds: readonly string[] }
    | { type: "undo" }
    | { type: "redo" }
    | { type: "discard" }
    | { type: "selectLink"; memberId: string | null }
    /** Selects what an issue names; `centre` moves the drawing when some of it is out of view. */
    | { type: "selectIssue"; teams: readonly TeamId[]; links: readonly string[]; centre: TeamId | null }
    | { type: "tab"; tab: EditorTab }
    | { type: "centre"; team: TeamId }
    | { type: "depth"; depth: number }
    | { type: "showMore" }
    /** Draws all of `team`'s children (or apart parents), not only the legible first few. */
    | { type: "expandGroup"; team: TeamId }
    | { type: "openPicker"; side: PickSide }
    | { type: "closePicker" }
    /** The picker's choice: a link between the form's team and `picked`, on the picker's side. */
    | { type: "pick"; memberId: string; picked: TeamId };

const NONE: ReadonlySet<string> = new Set();

export function initialEditorState(team: TeamId, readOnly: boolean, changes: readonly EditChange[]): EditorState {
    return {
        team,
        readOnly,
        history: historyOf(changes),
        tab: "graph",
        centre: team,
        depth: DEFAULT_DEPTH,
        limit: NODE_LIMIT,
        expandedGroups: NONE,
        picker: null,
        selectedTeams: NONE,
        selectedLinks: NONE,
    };
}

function edit(state: EditorState, change: EditChange): EditorState {
    if (state.readOnly) return state;
    const history = record(state.history, change);
    return change.kind === "removeLink" ? { ...state, history, selectedLinks: NONE } : { ...state, history };
}

function addLink(state: EditorState, memberId: string, parent: TeamId, child: TeamId): EditorState {
    if (state.readOnly) return state;
    const added = edit(state, {
        kind: "addLink",
        memberId,
        parentTeamId: parent,
        childTeamId: child,
        direction: "one-way",
        order: null,
        roleId: null,
    });
    return { ...added, selectedLinks: new Set([memberId]) };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
    switch (action.type) {
        case "edit":
            return edit(state, action.change);
        case "addLink":
            return addLink(state, action.memberId, action.parent, action.child);
        case "removeLinks":
            return action.memberIds.reduce(
                (current, memberId) => edit(current, { kind: "removeLink", memberId }),
                state,
            );
        case "undo":
            return state.readOnly ? state : { ...state, history: undo(state.history) };
        case "redo":
            return state.readOnly ? state : { ...state, history: redo(state.history) };
        case "discard":
            return state.readOnly ? state : { ...state, history: discard(state.history) };
        case "selectLink":
            return {
                ...state,
                selectedLinks: action.memberId === null ? NONE : new Set([action.memberId]),
                selectedTeams: NONE,
            };
        case "selectIssue":
            return {
                ...state,
                centre: action.centre ?? state.centre,
                selectedTeams: new Set(action.teams),
                selectedLinks: new Set(action.links),
            };
        case "tab":
            return { ...state, tab: action.tab };
        case "centre":
            return { ...state, centre: action.team };
        case "depth":
            return { ...state, depth: action.depth };
        case "showMore":
            return { ...state, limit: state.limit + NODE_LIMIT };
        case "expandGroup":
            return { ...state, expandedGroups: new Set([...state.expandedGroups, action.team]) };
        case "openPicker":
            return state.readOnly ? state : { ...state, picker: action.side };
        case "closePicker":
            return { ...state, picker: null };
        case "pick": {
            if (state.picker === null) return state;
            const closed: EditorState = { ...state, picker: null };
            return state.picker === "child"
                ? addLink(closed, action.memberId, state.team, action.picked)
                : addLink(closed, action.memberId, action.picked, state.team);
        }
    }
}
