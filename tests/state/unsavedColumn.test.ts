/**
 * The form's unsaved-edits column: dirty while edits are unsaved, clean again once none is left, and dirty again
 * after a form save refreshed the column (which no team stores) while edits remain.
 */
import type { IInputs } from "../../TeamSyncEditor/generated/ManifestTypes";
import { TeamSyncEditor } from "../../TeamSyncEditor/index";
import type { TeamSyncRootProps } from "../../TeamSyncEditor/components/TeamSyncRoot";
import { columnValue, formShows, loadedColumn } from "../../TeamSyncEditor/state/unsavedColumn";

describe("the unsaved-edits column", () => {
    it("holds the count while edits are unsaved and what the form loaded once none is left", () => {
        expect(columnValue({ ...loadedColumn(null), edits: 3 })).toBe(3);
        expect(columnValue(loadedColumn(null))).toBeNull();
        expect(columnValue({ ...loadedColumn(7), edits: 0 })).toBe(7);
    });

    it("is written again when the form shows something else while edits remain, and only then", () => {
        const dirty = { ...loadedColumn(null), edits: 2 };
        expect(formShows(dirty, 2).rewrite).toBe(false);
        const written = formShows(dirty, 2).column;
        expect(formShows(written, null)).toEqual({ column: { ...written, shown: null }, rewrite: true });
        expect(formShows({ ...written, edits: 0 }, null).rewrite).toBe(false);
        // A form that does not bind the column shows nothing, every time: asked once at most.
        expect(formShows(formShows(dirty, null).column, null).rewrite).toBe(false);
    });
});

/** A model-driven form's side of the bound column: what the control output is what it is shown, until a form save refreshes it. */
function formWithColumn() {
    let shown: number | null = null;
    let notified = 0;
    const context = (): ComponentFramework.Context<IInputs> =>
        ({
            parameters: {
                teamName: { raw: "Commercial Lending Team" },
                height: { raw: 560 },
                impactReviewThreshold: { raw: 100 },
                unsavedChanges: { raw: shown },
            },
            resources: { getString: (key: string) => key },
            formatting: { formatDateShort: (d: Date) => d.toISOString() },
            mode: { contextInfo: { entityId: "00000000-0000-0000-0000-000000000001" } },
            webAPI: {},
        }) as unknown as ComponentFramework.Context<IInputs>;
    const control = new TeamSyncEditor();
    control.init(context(), () => notified++);
    const render = () => (control.updateView(context()) as unknown as { props: TeamSyncRootProps }).props;
    return {
        control,
        render,
        notified: () => notified,
        /** The platform reads the outputs after a notification and shows them to the control. */
        applyOutputs: () => {
            shown = control.getOutputs().unsavedChanges ?? null;
            render();
        },
        saveForm: () => {
            shown = null;
            render();
        },
    };
}

describe("the control on a form that binds the column", () => {
    it("keeps the form dirty across a form save while edits remain, and clean once they are saved", () => {
        const form = formWithColumn();
        form.render();
        expect(form.notified()).toBe(0);
        form.render().onUnsavedChanges?.(2);
        expect([form.notified(), form.control.getOutputs().unsavedChanges]).toEqual([1, 2]);
        form.applyOutputs();
        expect(form.notified()).toBe(1);

        form.saveForm();
        expect([form.notified(), form.control.getOutputs().unsavedChanges]).toEqual([2, 2]);
        form.applyOutputs();

        form.render().onUnsavedChanges?.(0);
        expect([form.notified(), form.control.getOutputs().unsavedChanges]).toEqual([3, undefined]);
        form.applyOutputs();
        form.render();
        expect(form.notified()).toBe(3);
    });
});
