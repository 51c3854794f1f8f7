import * as React from "react";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MembersTab } from "../../TeamSyncEditor/components/impact/tabs/MembersTab";
import type { ReconcilePageFn } from "../../TeamSyncEditor/data/propagation/runReconcile";
import type { ReconcileOperation } from "../../TeamSyncEditor/data/propagation/types";
import { lendingOrg } from "../impact/lendingOrg";
import { counted, renderImpact, sentence } from "../impact/renderImpact";

jest.setTimeout(60_000);

describe("Reconcile now on the Members tab", () => {
    it("shows the report first, applies only on Apply, page by page, and reloads the members after", async () => {
        const fixture = await lendingOrg();
        const { org, team } = fixture;
        const requests: string[] = [];
        let loads = 0;
        const service = {
            loadMemberships: (ids: readonly string[], signal?: AbortSignal) => (
                loads++,
                fixture.service.loadMemberships(ids, signal)
            ),
        };
        const op = (user: string, outcome: ReconcileOperation["outcome"]): ReconcileOperation => ({
            op: "remove",
            user,
            team: team.CR,
            teamName: "Credit Risk",
            via: [],
            path: "",
            outcome,
            error: outcome === "failed" ? "user is disabled" : null,
        });
        const reconcile: ReconcilePageFn = async (request) => {
            requests.push(`${request.mode} ${request.teamId === team.CR} '${request.pageToken}'`);
            const first = request.pageToken === "";
            const outcome = request.mode === "report" ? "planned" : first ? "done" : "failed";
            return {
                adds: 0,
                removes: outcome === "failed" ? 0 : 1,
                failed: outcome === "failed" ? 1 : 0,
                operations: [op(first ? fixture.user.cat : fixture.user.ann, outcome)],
                nextPageToken: first ? "p1" : "",
            };
        };
        renderImpact(
            <MembersTab org={org} teamId={team.CR} service={service} formatDate={(iso) => iso} reconcile={reconcile} />,
        );
        const user = userEvent.setup();
        await user.click(await screen.findByRole("button", { name: sentence("Reconcile_Now") }));
        await screen.findByText(sentence("Reconcile_Report", counted("Membership", 0), counted("Membership", 2)));
        expect(screen.getByText(sentence("Reconcile_Remove", "Cat Cole", "Credit Risk"))).toBeTruthy();
        expect(requests).toEqual(["report true ''", "report true 'p1'"]);
        const loadsBefore = loads;

        await user.click(screen.getByRole("button", { name: sentence("Reconcile_Apply") }));
        const result = await screen.findByText(sentence("Reconcile_Done", 0, 1, 1));
        expect(result.closest("[role=alert]")).not.toBeNull();
        expect(
            screen.getByText(
                sentence(
                    "Reconcile_OpFailed",
                    sentence("Reconcile_Remove", "Ann Archer", "Credit Risk"),
                    "user is disabled",
                ),
            ),
        ).toBeTruthy();
        expect(requests.slice(2)).toEqual(["apply true ''", "apply true 'p1'"]);
        await waitFor(() => expect(loads).toBe(loadsBefore + 1));
        await screen.findByRole("table", { name: "Members and why" });
        expect(screen.getByText(sentence("Reconcile_Done", 0, 1, 1))).toBeTruthy();
    });
});
