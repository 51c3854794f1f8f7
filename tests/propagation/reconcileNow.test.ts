/** @jest-environment node */
/** "Reconcile now": the custom API over the in-memory org (the engine's reconcile), paging, and every way a run can fail. */
import { DataverseStore, seedMembership } from "../../playground/dataverse";
import { runPlugin } from "../../playground/host/plugin/runPlugin";
import {
    commercialLending,
    commercialLendingTeamId,
    commercialLendingUserId,
} from "../../playground/host/sampleData/commercialLending";
import { seedStore } from "../../playground/host/sampleData/seedStore";
import { applyResult, operationText, reportHeadline } from "../../TeamSyncEditor/components/reconcile/reconcileView";
import { reconcilePage } from "../../TeamSyncEditor/data/propagation/reconcilePage";
import { runReconcile, type ReconcilePageFn } from "../../TeamSyncEditor/data/propagation/runReconcile";
import type { ReconcileOperation } from "../../TeamSyncEditor/data/propagation/types";
import { fetchActions } from "../../TeamSyncEditor/data/propagation/unboundActions";
import { LogCauseValue, SyncLog, TeamMembership } from "../../TeamSyncEditor/data/schema";
import { toDataError } from "../../TeamSyncEditor/data/errors";
import { throttled } from "../../playground/dataverse";
import { ControlStrings } from "../browser/support/controlStrings";
import { propagationOrg } from "./propagationOrg";

const strings = new ControlStrings();
const getString = (key: string) => strings.get(key);
const IBRAHIM = commercialLendingUserId("Ibrahim Diallo");
const CREDIT_RISK = commercialLendingTeamId("Credit Risk");
const UNDERWRITING = commercialLendingTeamId("Underwriting");

/** The playground's sample org, reconciled, then Ibrahim added to Credit Risk by AddMembers (no step, so not propagated). */
function driftedOrg(pageSize: number) {
    const store = new DataverseStore();
    seedStore(commercialLending, store);
    runPlugin(store, { kind: "reconcileAll" }, commercialLending.adminUserId, "seed");
    seedMembership(store, CREDIT_RISK, IBRAHIM);
    return propagationOrg({
        store,
        endpoint: { reconcilePageSize: pageSize, callerId: () => commercialLending.adminUserId },
    });
}

const member = (store: DataverseStore, team: string, user: string) =>
    store
        .rows(TeamMembership.logicalName)
        .some((r) => r[TeamMembership.teamId] === team && r[TeamMembership.userId] === user);

describe("reconcile now, over the in-memory org", () => {
    it("reports exactly what would change, page by page, and changes nothing", async () => {
        const org = driftedOrg(1);
        const pages: number[] = [];
        const report = await runReconcile(org.service.reconcilePage, "report", CREDIT_RISK, (run) =>
            pages.push(run.pages),
        );
        // Credit Risk ↔ Underwriting: Dmitri, Elena, Farah and Ibrahim, one per page.
        expect([report.error, report.pages, pages]).toEqual([null, 4, [1, 2, 3, 4]]);
        expect(report.operations.map((op) => [op.op, op.user, op.team, op.outcome, op.path])).toEqual([
            ["add", IBRAHIM, UNDERWRITING, "planned", "Credit Risk > Underwriting"],
        ]);
        expect([report.adds, report.removes]).toEqual([1, 0]);
        expect(member(org.store, UNDERWRITING, IBRAHIM)).toBe(false);
        expect(reportHeadline(report, getString)).toBe("A reconcile would add 1 membership and remove 0 memberships:");
        expect(operationText(report.operations[0], () => "Ibrahim Diallo", getString)).toBe(
            "Add Ibrahim Diallo to Underwriting (via Credit Risk > Underwriting)",
        );
    });

    it("applies it, logging the change as the sync's, and a report afterwards finds nothing", async () => {
        const org = driftedOrg(2);
        const applied = await runReconcile(org.service.reconcilePage, "apply", CREDIT_RISK);
        expect([
            applied.error,
            applied.pages,
            applied.adds,
            applied.failed,
            applied.operations.map((op) => op.outcome),
        ]).toEqual([null, 2, 1, 0, ["done"]]);
        expect(member(org.store, UNDERWRITING, IBRAHIM)).toBe(true);
        expect(
            org.store
                .rows(SyncLog.logicalName)
                .filter((r) => r[SyncLog.userValue] === IBRAHIM && r[SyncLog.teamValue] === UNDERWRITING)
                .map((r) => r[SyncLog.cause]),
        ).toEqual([LogCauseValue.sync]);
        const again = await runReconcile(org.service.reconcilePage, "report", CREDIT_RISK);
        expect(reportHeadline(again, getString)).toBe(strings.get("Reconcile_NothingToDo"));
        expect(applyResult(applied, () => "x", getString)).toEqual({
            ok: true,
            lines: ["Reconciled: 1 added, 0 removed, 0 failed."],
        });
    });

    it("is refused to a user who may not write configurations, as the API's execute privilege says", async () => {
        const org = driftedOrg(10);
        org.privileges.mayWriteConfigurations = false;
        const run = await runReconcile(org.service.reconcilePage, "report", CREDIT_RISK);
        expect([run.pages, run.error?.kind]).toEqual([0, "privilege"]);
        expect(reportHeadline(run, getString)).toBe(
            `The report could not be completed: ${strings.get("Data_Error_Privilege")}`,
        );
    });
});

describe("a reconcile run", () => {
    const op = (
        user: string,
        outcome: ReconcileOperation["outcome"],
        error: string | null = null,
    ): ReconcileOperation => ({
        op: "add",
        user,
        team: "t",
        teamName: "Underwriting",
        via: ["s", "t"],
        path: "Credit Risk > Underwriting",
        outcome,
        error,
    });

    it("stops at a page that fails, keeping what the pages before did and saying where it stopped", async () => {
        const page: ReconcilePageFn = async (request) => {
            if (request.pageToken === "")
                return {
                    adds: 1,
                    removes: 0,
                    failed: 1,
                    operations: [op("u1", "done"), op("u2", "failed", "user is disabled")],
                    nextPageToken: "u2",
                };
            throw throttled(30);
        };
        const run = await runReconcile(page, "apply", "team");
        expect([run.pages, run.adds, run.failed, run.error?.kind]).toEqual([1, 1, 1, "throttled"]);
        const result = applyResult(run, (id) => id.toUpperCase(), getString);
        expect(result.ok).toBe(false);
        expect(result.lines).toEqual([
            "Reconciled: 1 added, 0 removed, 1 failed.",
            `Stopped after 1 page: ${strings.format("Data_Error_Throttled", 30)} What is done stays done; reconcile again to finish.`,
            "Add U2 to Underwriting (via Credit Risk > Underwriting) failed: user is disabled",
        ]);
    });

    it("refuses a page token that does not move on instead of looping", async () => {
        const run = await runReconcile(
            async () => ({ adds: 0, removes: 0, failed: 0, operations: [], nextPageToken: "same" }),
            "report",
            "team",
        );
        expect([run.pages, run.error?.key]).toEqual([2, "Propagation_Error_BadReport"]);
    });

    it("reads a report it does not understand as an error, not as nothing to do", async () => {
        const actions = {
            execute: async () => ({ Adds: 1, Removes: 0, Failed: 0, Report: '[{"op":"grant"}]', NextPageToken: "" }),
        };
        const run = await runReconcile((request) => reconcilePage(actions, request), "report", "team");
        expect(run.error?.key).toBe("Propagation_Error_BadReport");
    });
});

describe("the unbound action client", () => {
    const answer = (status: number, body: string, headers: Record<string, string> = {}) =>
        fetchActions(async () => new Response(body, { status, headers }));

    it("posts the parameters as JSON to the org's Web API and resolves with the response properties", async () => {
        const calls: [string, RequestInit][] = [];
        const actions = fetchActions(
            async (url, init) => (calls.push([url, init]), new Response('{"NextPageToken":""}', { status: 200 })),
        );
        expect(await actions.execute("nw_ReconcileTeamSync", { Mode: "report" })).toEqual({ NextPageToken: "" });
        expect([calls[0][0], calls[0][1].method, calls[0][1].body, calls[0][1].credentials]).toEqual([
            "/api/data/v9.2/nw_ReconcileTeamSync",
            "POST",
            '{"Mode":"report"}',
            "same-origin",
        ]);
    });

    it("turns the Web API's errors into the data layer's: privilege, throttling with Retry-After, offline", async () => {
        const refused = await answer(
            403,
            JSON.stringify({
                error: { code: "0x80040220", message: "Principal user is missing prvWritenw_teamsyncgroup privilege." },
            }),
        )
            .execute("x", {})
            .catch(toDataError);
        expect([refused.kind, refused.errorCode]).toEqual(["privilege", -2147220960]);
        const busy = await answer(429, JSON.stringify({ error: { code: "0x80072322", message: "Too many" } }), {
            "Retry-After": "12",
        })
            .execute("x", {})
            .catch(toDataError);
        expect([busy.kind, busy.args]).toEqual(["throttled", ["12"]]);
        const down = await fetchActions(async () => Promise.reject(new TypeError("Failed to fetch")))
            .execute("x", {})
            .catch(toDataError);
        expect(down.kind).toBe("offline");
        const gateway = await answer(502, "<html>Bad gateway</html>").execute("x", {}).catch(toDataError);
        expect([gateway.kind, gateway.detail]).toEqual(["unknown", "502 "]);
    });
});
