import * as React from "react";
import { webLightTheme } from "@fluentui/react-components";
import { IInputs, IOutputs } from "./generated/ManifestTypes";
import { TeamSyncRoot, TeamSyncRootProps } from "./components/TeamSyncRoot";
import type { TeamSyncService } from "./components/TeamSyncService";
import { webApiService } from "./components/webApiService";
import { columnValue, formShows, loadedColumn, type UnsavedColumn } from "./state/unsavedColumn";

/** PCF lifecycle only: everything else lives in engine/, data/ and components/. */
export class TeamSyncEditor implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private service!: TeamSyncService;
    private notifyOutputChanged!: () => void;
    private unsaved: UnsavedColumn = loadedColumn(null);

    public init(context: ComponentFramework.Context<IInputs>, notifyOutputChanged: () => void): void {
        // One service per control instance: the root loads once per service, not on every updateView.
        this.service = webApiService(context, context.webAPI);
        this.notifyOutputChanged = notifyOutputChanged;
        this.unsaved = loadedColumn(context.parameters.unsavedChanges?.raw ?? null);
    }

    /** Unsaved edits make the form dirty, the supported way: a bound output, so the platform warns before leaving it. */
    private readonly reportUnsaved = (count: number): void => {
        if (count === this.unsaved.edits) return;
        this.unsaved = { ...this.unsaved, edits: count };
        this.notifyOutputChanged();
    };

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const shown = formShows(this.unsaved, context.parameters.unsavedChanges?.raw ?? null);
        this.unsaved = shown.column;
        if (shown.rewrite) this.notifyOutputChanged();
        const props: TeamSyncRootProps = {
            height: context.parameters.height.raw ?? 560,
            impactReviewThreshold: context.parameters.impactReviewThreshold?.raw,
            getString: (key: string) => context.resources.getString(key),
            formatDate: (iso: string) => context.formatting.formatDateShort(new Date(iso), true),
            theme: context.fluentDesignLanguage?.tokenTheme ?? webLightTheme,
            service: this.service,
            onUnsavedChanges: this.reportUnsaved,
        };
        return React.createElement(TeamSyncRoot, props);
    }

    public getOutputs(): IOutputs {
        return { unsavedChanges: columnValue(this.unsaved) ?? undefined };
    }

    public destroy(): void {
        // React unmounts the tree, which aborts a load still running.
    }
}
