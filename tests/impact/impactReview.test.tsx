import * as React from "react";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Button } from "@fluentui/react-components";
import { ImpactReviewPanel } from "../../TeamSyncEditor/components/impact/ImpactReviewPanel";
import type { ImpactService } from "../../TeamSyncEditor/components/impact/ImpactService";
import {
    DEFAULT_REVIEW_THRESHOLD,
    reviewThreshold,
    useImpactReview,
} from "../../TeamSyncEditor/components/impact/useImpactReview";
import { applyEdits } from "../../TeamSyncEditor/data/applyEdits";
import type { LoadedOrg } from "../../TeamSyncEditor/data/types";
import type { SyncModel } from "../../TeamSyncEditor/engine";
import { lendingOrg, LendingOrg } from "./lendingOrg";
import { countKeys, naiveReconcile } from "./naiveReconcile";
import { counted, renderImpact, sentence } from "./renderImpact";

jest.setTimeout(30_000);

/** The save confirmation's part: the panel and a Save button gated by it. */
const Confirm: React.FC<{
    service: ImpactService;
    org: LoadedOrg;
    model: SyncModel;
    threshold?: number;
    onSave: () => void;
}> = ({ service, org, model, threshold, onSave }) => {
    const review = useImpactReview({ service, org, model, active: true, threshold });
    return (
        <>
            <ImpactReviewPanel review={review} org={org} />
            <Button disabled={!review.canSave} onClick={onSave}>
                Save
            </Button>
        </>
    );
};

/** Adds Commercial Lending → Risk Review. */
function edited(fixture: LendingOrg): SyncModel {
    return applyEdits(
        fixture.org,
        [
            {
                kind: "addLink",
                memberId: "new",
                parentTeamId: fixture.team.CL,
                childTeamId: fixture.team.RR,
                direction: "one-way",
                order: null,
                roleId: null,
            },
        ],
        "seed",
    );
}

describe("impact of unsaved edits", () => {
    it("summarises what saving does, counted as an independent reading counts it, drift apart", async () => {
        const fixture = await lendingOrg();
        const model = edited(fixture);
        renderImpact(<Confirm service={fixture.service} org={fixture.org} model={model} onSave={() => undefined} />);
        // The people the edit can reach: those of Commercial Lending and of the teams that sync into it.
        const all = await fixture.service.loadMemberships([fixture.team.HO, fixture.team.DD, fixture.team.CL]);
        const before = naiveReconcile(fixture.org.model, all.memberships, all.userRoles);
        const caused = countKeys(
            [...naiveReconcile(model, all.memberships, all.userRoles)].filter((key) => !before.has(key)),
        );
        const drift = countKeys(before);

        expect(
            await screen.findByText(
                sentence(
                    "Impact_Summary",
                    counted("Membership", caused.adds),
                    counted("User", caused.addUsers),
                    counted("Membership", caused.removes),
                    counted("User", caused.removeUsers),
                ),
            ),
        ).toBeTruthy();
        expect([caused.adds, caused.addUsers]).toEqual([3, 3]);
        expect(
            screen.getByText(
                sentence(
                    "Impact_Drift",
                    counted("Membership", drift.adds),
                    counted("Membership", drift.removes),
                    counted("User", drift.users),
                ),
            ),
        ).toBeTruthy();
        // Dan's missing Credit Risk; Cat's stray Credit Risk is not among the people this edit reaches.
        expect([drift.adds, drift.removes, drift.users]).toEqual([1, 0, 1]);

        const actions = userEvent.setup();
        await actions.click(screen.getByRole("button", { name: "By team (1)" }));
        expect(
            screen.getByText(
                sentence("Impact_Op_UserAdded", "Dan Dale", "Head Office → Commercial Lending → Risk Review"),
            ),
        ).toBeTruthy();
        await actions.click(screen.getByRole("button", { name: "By user (3)" }));
        expect(
            screen.getAllByText(sentence("Impact_Op_AddTo", "Risk Review", "Commercial Lending → Risk Review")),
        ).toHaveLength(2);
        // Below the threshold, Save needs no tick.
        expect(screen.queryByRole("checkbox", { name: "I have reviewed the impact" })).toBeNull();
        expect(screen.getByRole("button", { name: "Save" }).hasAttribute("disabled")).toBe(false);
    });

    it("above the threshold, Save waits for 'I have reviewed the impact'", async () => {
        const fixture = await lendingOrg();
        const onSave = jest.fn();
        renderImpact(
            <Confirm
                service={fixture.service}
                org={fixture.org}
                model={edited(fixture)}
                threshold={2}
                onSave={onSave}
            />,
        );
        const save = screen.getByRole("button", { name: "Save" });
        expect(save.hasAttribute("disabled")).toBe(true);
        const tick = await screen.findByRole("checkbox", { name: "I have reviewed the impact" });
        expect(screen.getByText(sentence("Impact_MustReview", counted("Membership", 2)))).toBeTruthy();
        expect(save.hasAttribute("disabled")).toBe(true);
        const actions = userEvent.setup();
        await actions.click(save);
        expect(onSave).not.toHaveBeenCalled();
        await actions.click(tick);
        expect(save.hasAttribute("disabled")).toBe(false);
        await actions.click(save);
        expect(onSave).toHaveBeenCalledTimes(1);
    });

    it("reads the threshold setting as a whole number of memberships, 0 or more; anything else is 100", () => {
        expect(DEFAULT_REVIEW_THRESHOLD).toBe(100);
        expect([0, 1, 250].map(reviewThreshold)).toEqual([0, 1, 250]);
        expect([undefined, null, -1, 2.5, NaN, Infinity].map(reviewThreshold)).toEqual([100, 100, 100, 100, 100, 100]);
    });

    it("loads only the members of the teams the edit can reach, and none for an edit that changes no link", async () => {
        const fixture = await lendingOrg();
        const calls: (readonly string[])[] = [];
        const service: ImpactService = {
            loadMemberships: (teamIds, signal) => (
                calls.push(teamIds),
                fixture.service.loadMemberships(teamIds, signal)
            ),
        };
        const { unmount } = renderImpact(
            <Confirm service={service} org={fixture.org} model={edited(fixture)} onSave={() => undefined} />,
        );
        await screen.findByText(/Saving will add/);
        // Commercial Lending changed; Head Office and Deal Desk sync into it.
        expect([...calls[0]].sort()).toEqual([fixture.team.HO, fixture.team.CL, fixture.team.DD].sort());
        unmount();
        calls.length = 0;
        renderImpact(
            <Confirm service={service} org={fixture.org} model={fixture.org.model} onSave={() => undefined} />,
        );
        expect(await screen.findByText(sentence("Impact_NoChange"))).toBeTruthy();
        expect(calls).toEqual([]);
    });

    it("when the impact cannot be worked out, says so and asks for the tick", async () => {
        const fixture = await lendingOrg();
        const service: ImpactService = { loadMemberships: () => Promise.reject(new Error("network down")) };
        renderImpact(<Confirm service={service} org={fixture.org} model={edited(fixture)} onSave={() => undefined} />);
        expect((await screen.findByRole("alert")).textContent).toMatch(/^Could not work out who this edit affects: /);
        expect(screen.getByText(sentence("Impact_MustReviewUnknown"))).toBeTruthy();
        expect(screen.getByRole("button", { name: "Save" }).hasAttribute("disabled")).toBe(true);
    });

    it("exports the detail as CSV through a Blob download, values escaped", async () => {
        const fixture = await lendingOrg();
        const blobs: Blob[] = [];
        const create = jest.fn((blob: Blob) => (blobs.push(blob), "blob:impact"));
        const revoke = jest.fn();
        Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
        const clicked: string[] = [];
        const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
            this: HTMLAnchorElement,
        ) {
            clicked.push(`${this.download} ${this.getAttribute("href")}`);
        });
        renderImpact(
            <Confirm service={fixture.service} org={fixture.org} model={edited(fixture)} onSave={() => undefined} />,
        );
        await userEvent.setup().click(await screen.findByRole("button", { name: "Export CSV" }));
        click.mockRestore();

        expect(clicked).toEqual(["team-sync-impact.csv blob:impact"]);
        expect(revoke).toHaveBeenCalledWith("blob:impact");
        const text = await new Promise<string>((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.readAsText(blobs[0]);
        });
        const lines = text.replace(/^\uFEFF/, "").split("\r\n");
        expect(lines[0]).toBe("Change,Counted as,User,User id,Team,Team id,Path");
        expect(lines).toContain(
            `Add,This edit,Dan Dale,${fixture.user.dan},Risk Review,${fixture.team.RR},Head Office → Commercial Lending → Risk Review`,
        );
        expect(lines).toContain(
            `Add,Already out of sync,Dan Dale,${fixture.user.dan},Credit Risk,${fixture.team.CR},Head Office → Commercial Lending → Credit Risk`,
        );
        expect(lines.filter((line) => line.startsWith("Add,This edit"))).toHaveLength(3);
        await waitFor(() => expect(blobs[0].type).toBe("text/csv;charset=utf-8"));
    });
});
