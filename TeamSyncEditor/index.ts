import * as React from "react";
import { webLightTheme } from "@fluentui/react-components";
import { IInputs, IOutputs } from "./generated/ManifestTypes";
import { TeamSyncRoot, TeamSyncRootProps } from "./components/TeamSyncRoot";
import type { TeamSyncService } from "./components/TeamSyncService";
import { webApiService } from "./components/webApiService";

/** PCF lifecycle only: everything else lives in engine/, data/ and components/. */
export class TeamSyncEditor implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private service!: TeamSyncService;

    public init(context: ComponentFramework.Context<IInputs>): void {
        // One service per control instance: the root loads once per service, not on every updateView.
        this.service = webApiService(context, context.webAPI);
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const props: TeamSyncRootProps = {
            height: context.parameters.height.raw ?? 560,
            impactReviewThreshold: context.parameters.impactReviewThreshold?.raw,
            getString: (key: string) => context.resources.getString(key),
            formatDate: (iso: string) => context.formatting.formatDateShort(new Date(iso), true),
            theme: context.fluentDesignLanguage?.tokenTheme ?? webLightTheme,
            service: this.service,
        };
        return React.createElement(TeamSyncRoot, props);
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        // React unmounts the tree, which aborts a load still running.
    }
}
