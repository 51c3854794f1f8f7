import {
    editorReducer,
    EditorAction,
    EditorState,
    initialEditorState,
    NODE_LIMIT,
} from "../../TeamSyncEditor/state/editorState";
import { undoShortcut } from "../../TeamSyncEditor/state/undoShortcut";
import type { EditChange } from "../../TeamSyncEditor/data/types";

const order = (memberId: string, value: number): EditChange => ({ kind: "changeOrder", memberId, order: value });
const run = (state: EditorState, ...actions: EditorAction[]): EditorState => actions.reduce(editorReducer, state);

describe("editorReducer", () => {
    it("starts centred on the form's team with the edits it is given", () => {
        const state = initialEditorState("t1", false, [order("m1", 3)]);
        expect(state).toMatchObject({
            team: "t1",
            centre: "t1",
            depth: 2,
            limit: NODE_LIMIT,
            tab: "graph",
            picker: null,
        });
        expect(state.history.done).toEqual([order("m1", 3)]);
        expect(run(state, { type: "undo" }).history.done).toEqual([]);
    });

    it("records edits, undoes and redoes them, and a new edit forgets what could be redone", () => {
        const start = initialEditorState("t1", false, []);
        const twice = run(start, { type: "edit", change: order("m1", 1) }, { type: "edit", change: order("m1", 2) });
        const undone = run(twice, { type: "undo" });
        expect(undone.history.done).toEqual([order("m1", 1)]);
        expect(undone.history.undone).toHaveLength(1);
        expect(run(undone, { type: "redo" }).history).toEqual(twice.history);
        const edited = run(undone, { type: "edit", change: order("m1", 9) }).history;
        expect(edited.done).toEqual([order("m1", 1), order("m1", 9)]);
        expect(edited.undone).toEqual([]);
    });

    it("discards every edit in one step that Undo brings back, and Redo discards again", () => {
        const twice = run(
            initialEditorState("t1", false, []),
            { type: "edit", change: order("m1", 1) },
            { type: "edit", change: order("m1", 2) },
        );
        const discarded = run(twice, { type: "discard" });
        expect(discarded.history.done).toEqual([]);
        const restored = run(discarded, { type: "undo" });
        expect(restored.history.done).toEqual([order("m1", 1), order("m1", 2)]);
        expect(run(restored, { type: "redo" }).history.done).toEqual([]);
        // Undo keeps going past the discard, one edit at a time.
        expect(
            run(
                discarded,
                { type: "edit", change: order("m1", 7) },
                { type: "undo" },
                { type: "undo" },
                { type: "undo" },
            ).history.done,
        ).toEqual([order("m1", 1)]);
    });

    it("ignores every edit, undo and picker while read-only", () => {
        const start = initialEditorState("t1", true, []);
        const after = run(
            start,
            { type: "edit", change: order("m1", 1) },
            { type: "addLink", memberId: "n1", parent: "t1", child: "t2" },
            { type: "removeLinks", memberIds: ["m1"] },
            { type: "undo" },
            { type: "openPicker", side: "child" },
        );
        expect(after.history).toEqual(start.history);
        expect(after.picker).toBeNull();
    });

    it("selects the link it adds, and forgets the selection when a link is removed", () => {
        const added = run(initialEditorState("t1", false, []), {
            type: "addLink",
            memberId: "n1",
            parent: "t1",
            child: "t2",
        });
        expect(added.history.done).toEqual([
            {
                kind: "addLink",
                memberId: "n1",
                parentTeamId: "t1",
                childTeamId: "t2",
                direction: "one-way",
                order: null,
                roleId: null,
            },
        ]);
        expect([...added.selectedLinks]).toEqual(["n1"]);
        const removed = run(added, { type: "removeLinks", memberIds: ["n1", "m2"] });
        expect(removed.history.done.slice(1)).toEqual([
            { kind: "removeLink", memberId: "n1" },
            { kind: "removeLink", memberId: "m2" },
        ]);
        expect(removed.selectedLinks.size).toBe(0);
    });

    it("links the picked team as a child or a parent of the form's team and closes the picker", () => {
        const child = run(
            initialEditorState("t1", false, []),
            { type: "openPicker", side: "child" },
            { type: "pick", memberId: "n1", picked: "t2" },
        );
        expect(child.picker).toBeNull();
        expect(child.history.done[0]).toMatchObject({ kind: "addLink", parentTeamId: "t1", childTeamId: "t2" });
        const parent = run(
            initialEditorState("t1", false, []),
            { type: "openPicker", side: "parent" },
            { type: "pick", memberId: "n1", picked: "t0" },
        );
        expect(parent.history.done[0]).toMatchObject({ kind: "addLink", parentTeamId: "t0", childTeamId: "t1" });
        expect(
            run(initialEditorState("t1", false, []), { type: "pick", memberId: "n1", picked: "t2" }).history.done,
        ).toEqual([]);
    });

    it("selects what an issue names and moves the centre only when asked", () => {
        const start = run(initialEditorState("t1", false, []), { type: "selectLink", memberId: "m9" });
        const inView = run(start, { type: "selectIssue", teams: ["t1", "t2"], links: ["m1"], centre: null });
        expect(inView.centre).toBe("t1");
        expect([...inView.selectedTeams]).toEqual(["t1", "t2"]);
        expect([...inView.selectedLinks]).toEqual(["m1"]);
        expect(run(start, { type: "selectIssue", teams: ["t5"], links: [], centre: "t5" }).centre).toBe("t5");
        const link = run(inView, { type: "selectLink", memberId: "m2" });
        expect([...link.selectedLinks]).toEqual(["m2"]);
        expect(link.selectedTeams.size).toBe(0);
    });

    it("changes the view: tab, centre, depth and how many teams are shown", () => {
        const state = run(
            initialEditorState("t1", false, []),
            { type: "tab", tab: "list" },
            { type: "centre", team: "t3" },
            { type: "depth", depth: 4 },
            { type: "showMore" },
            { type: "showMore" },
        );
        expect(state).toMatchObject({ tab: "list", centre: "t3", depth: 4, limit: 3 * NODE_LIMIT });
    });
});

describe("undoShortcut", () => {
    const key = (k: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
        key: k,
        ctrlKey: false,
        metaKey: false,
        shiftKey: false,
        ...modifiers,
    });
    it("maps Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z and Cmd, but not in a text field or without the modifier", () => {
        expect(undoShortcut(key("z", { ctrlKey: true }), false)).toEqual({ type: "undo" });
        expect(undoShortcut(key("Z", { metaKey: true, shiftKey: true }), false)).toEqual({ type: "redo" });
        expect(undoShortcut(key("y", { ctrlKey: true }), false)).toEqual({ type: "redo" });
        expect(undoShortcut(key("z", { ctrlKey: true }), true)).toBeNull();
        expect(undoShortcut(key("z"), false)).toBeNull();
        expect(undoShortcut(key("s", { ctrlKey: true }), false)).toBeNull();
    });
});
