import * as React from "react";
import { IInputs, IOutputs } from "./generated/ManifestTypes";
import { TeamSyncRoot, TeamSyncRootProps } from "./components/TeamSyncRoot";

/** PCF lifecycle only: everything else lives in engine/, data/ and components/. */
export class TeamSyncEditor implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    public init(): void {
        // Nothing to set up: the root component loads its own data.
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const props: TeamSyncRootProps = {
            teamName: context.parameters.teamName.raw ?? "",
            height: context.parameters.height.raw ?? 560,
            getString: (key: string) => context.resources.getString(key),
        };
        return React.createElement(TeamSyncRoot, props);
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        // React unmounts the tree; nothing else is held.
    }
}
