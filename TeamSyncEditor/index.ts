import * as React from "react";
import { webLightTheme } from "@fluentui/react-components";
import { IInputs, IOutputs } from "./generated/ManifestTypes";
import { TeamSyncRoot, TeamSyncRootProps } from "./components/TeamSyncRoot";
import type { TeamSyncService } from "./components/TeamSyncService";
import { webApiService } from "./components/webApiService";

/** PCF lifecycle only: everything else lives in engine/, data/ and components/. */
export class TeamSyncEditor implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private service!: TeamSyncService;
    private notifyOutputChanged!: () => void;
    private unsaved = 0;
    /** What the form loaded into the bound column: given back once no edit is left, so the form is clean again. */
    private loadedUnsaved: number | undefined;

    public init(context: ComponentFramework.Context<IInputs>, notifyOutputChanged: () => void): void {
        // One service per control instance: the root loads once per service, not on every updateView.
        this.service = webApiService(context, context.webAPI);
        this.notifyOutputChanged = notifyOutputChanged;
        this.loadedUnsaved = context.parameters.unsavedChanges?.raw ?? undefined;
    }

    /** Unsaved edits make the form dirty, the supported way: a bound output, so the platform warns before leaving it. */
    private readonly reportUnsaved = (count: number): void => {
        if (count === this.unsaved) return;
        this.unsaved = count;
        this.notifyOutputChanged();
    };

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
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
        return { unsavedChanges: this.unsaved > 0 ? this.unsaved : this.loadedUnsaved };
    }

    public destroy(): void {
        // React unmounts the tree, which aborts a load still running.
    }
}
