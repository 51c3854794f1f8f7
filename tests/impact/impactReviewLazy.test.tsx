import * as React from "react";
import { screen } from "@testing-library/react";
import type { ImpactService } from "../../TeamSyncEditor/components/impact/ImpactService";
import { useImpactReview } from "../../TeamSyncEditor/components/impact/useImpactReview";
import type { LoadedOrg } from "../../TeamSyncEditor/data/types";
import type { SyncModel } from "../../TeamSyncEditor/engine";
import * as graph from "../../TeamSyncEditor/engine/graph";
import { lendingOrg } from "./lendingOrg";
import { renderImpact } from "./renderImpact";

jest.setTimeout(30_000);

const Probe: React.FC<{ service: ImpactService; org: LoadedOrg; model: SyncModel; active: boolean }> = (props) => (
    <p>{useImpactReview(props).state.status}</p>
);

describe("impact review cost", () => {
    it("builds no graph and loads nobody until the confirmation opens, then works the impact out", async () => {
        const fixture = await lendingOrg();
        const buildGraph = jest.spyOn(graph, "buildGraph");
        const load = jest.spyOn(fixture.service, "loadMemberships");
        const { org } = fixture;
        const view = renderImpact(<Probe service={fixture.service} org={org} model={org.model} active={false} />);
        expect(screen.getByText("idle")).toBeTruthy();
        expect(buildGraph).not.toHaveBeenCalled();
        expect(load).not.toHaveBeenCalled();

        view.rerender(<Probe service={fixture.service} org={org} model={org.model} active />);
        expect(await screen.findByText("ready")).toBeTruthy();
        expect(buildGraph).toHaveBeenCalledTimes(2);

        view.rerender(<Probe service={fixture.service} org={org} model={org.model} active={false} />);
        expect(screen.getByText("idle")).toBeTruthy();
    });
});
