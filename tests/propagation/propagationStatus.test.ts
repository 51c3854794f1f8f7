/** @jest-environment node */
/** The status read through the Web API over the in-memory org, and the sentences the control makes of it. */
import { seedLog, seedUser, seedTeam, seedBusinessUnit, SHIPPED_MEMBERSHIP_STEPS } from "../../playground/dataverse";
import { REQUIRED_STEPS, stepName, type RequiredStep } from "../../TeamSyncEditor/data/propagation/requiredSteps";
import type { PropagationStatus } from "../../TeamSyncEditor/data/propagation/types";
import { NIGHTLY_RECONCILE_FLOW_ID, Workflow, WorkflowState } from "../../TeamSyncEditor/data/schema";
import { relativeTime, statusView, turnOnSummary } from "../../TeamSyncEditor/components/propagation/statusView";
import { privilegeDenied } from "../../playground/dataverse";
import { ControlStrings } from "../browser/support/controlStrings";
import { propagationOrg } from "./propagationOrg";

const strings = new ControlStrings();
const getString = (key: string) => strings.get(key);
const NOW = new Date("2026-03-10T12:00:00Z");
/** The import registers it (all but AddMembers' and RemoveMembers'). */
const shipped = (step: RequiredStep) => SHIPPED_MEMBERSHIP_STEPS.some((s) => stepName(s) === stepName(step));

function status(partial: Partial<PropagationStatus>): PropagationStatus {
    return {
        steps: REQUIRED_STEPS.map((step) => ({ step, registered: true, enabled: true })),
        lastSyncChange: null,
        failedToday: 0,
        recentFailures: [],
        nightlyReconcile: "on",
        ...partial,
    };
}

describe("propagation status over the Web API", () => {
    it("says which steps are missing, when the sync last changed something, today's failures and the nightly flow", async () => {
        const org = propagationOrg({ now: NOW });
        const bu = seedBusinessUnit(org.store, "Bank");
        const team = seedTeam(org.store, { name: "Lending", businessUnitId: bu });
        const user = seedUser(org.store, "Ann");
        seedLog(org.store, {
            userId: user,
            teamId: team,
            operation: "join",
            cause: "sync",
            createdOn: "2026-03-10T11:57:00Z",
        });
        seedLog(org.store, {
            userId: user,
            teamId: team,
            operation: "join",
            cause: "sync",
            createdOn: "2026-03-09T08:00:00Z",
        });
        seedLog(org.store, {
            userId: user,
            teamId: team,
            operation: "join",
            cause: "sync",
            outcome: "failed",
            errorText: "user disabled",
            createdOn: new Date(2026, 2, 10, 0, 30).toISOString(),
        });
        seedLog(org.store, {
            userId: user,
            teamId: team,
            operation: "leave",
            cause: "sync",
            outcome: "failed",
            errorText: "throttled",
            createdOn: new Date(2026, 2, 9, 23, 0).toISOString(),
        });

        const read = await org.service.propagationStatus();
        expect(
            read.steps.map((s) => [s.step.message, s.step.primaryTable, s.step.mode, s.registered, s.enabled]),
        ).toEqual(REQUIRED_STEPS.map((s) => [s.message, s.primaryTable, s.mode, shipped(s), shipped(s)]));
        expect([read.lastSyncChange, read.failedToday, read.nightlyReconcile]).toEqual([
            "2026-03-10T11:57:00Z",
            1,
            "off",
        ]);
        expect(read.recentFailures.map((f) => f.errorText)).toEqual(["user disabled", "throttled"]);

        org.store.update(Workflow.logicalName, NIGHTLY_RECONCILE_FLOW_ID, {
            [Workflow.stateCode]: WorkflowState.activated,
        });
        expect((await org.service.propagationStatus()).nightlyReconcile).toBe("on");
    });

    it("does not claim the nightly flow is off when this user cannot read it", async () => {
        const org = propagationOrg({
            webApi: {
                fault: (r) => (r.entity === Workflow.logicalName ? privilegeDenied("prvReadWorkflow") : undefined),
            },
        });
        expect((await org.service.propagationStatus()).nightlyReconcile).toBe("unknown");
    });

    it("lets only users with create on plug-in steps turn it on", async () => {
        const org = propagationOrg();
        expect(await org.service.mayRegisterSteps()).toBe(true);
        org.privileges.mayCustomize = false;
        expect(await org.service.mayRegisterSteps()).toBe(false);
    });
});

describe("the status line", () => {
    const view = (s: PropagationStatus) => statusView(s, NOW, getString, (iso) => iso);

    it("reads on, with the last sync change and today's failures", () => {
        expect(view(status({ lastSyncChange: "2026-03-10T11:57:00Z", failedToday: 0 })).headline).toBe(
            "Propagation on · last sync change 3 min ago · 0 failed today",
        );
        expect(view(status({ failedToday: 2 })).headline).toBe("Propagation on · no sync change yet · 2 failed today");
        expect(view(status({})).on).toBe(true);
    });

    it("reads off, counting the steps not registered and the ones turned off", () => {
        const missing = status({
            steps: REQUIRED_STEPS.map((step) => ({ step, registered: shipped(step), enabled: shipped(step) })),
        });
        expect([view(missing).on, view(missing).headline]).toEqual([
            false,
            "Propagation off: 4 steps are not registered",
        ]);
        expect(view(missing).notWorking).toEqual([
            "MembershipPropagationPlugin on AddMembers of team (synchronous)",
            "MembershipPropagationPlugin on AddMembers of team (asynchronous)",
            "MembershipPropagationPlugin on RemoveMembers of team (synchronous)",
            "MembershipPropagationPlugin on RemoveMembers of team (asynchronous)",
        ]);
        const off = status({ steps: REQUIRED_STEPS.map((step, i) => ({ step, registered: true, enabled: i !== 0 })) });
        expect(view(off).headline).toBe("Propagation off: 1 step is turned off");
        const both = status({
            steps: REQUIRED_STEPS.map((step, i) => ({ step, registered: i !== 1, enabled: i > 1 })),
        });
        expect(view(both).headline).toBe("Propagation off: 1 step not registered, 1 step turned off");
    });

    it("lists every step with its mode, a message's two steps apart", () => {
        const onlyAsync = status({
            steps: REQUIRED_STEPS.map((step) => ({ step, registered: true, enabled: step.mode === 1 })),
        });
        expect(view(onlyAsync).steps.map((s) => [s.label, s.enabled])).toEqual([
            ["MembershipPropagationPlugin on Associate (synchronous)", "No"],
            ["MembershipPropagationPlugin on Associate (asynchronous)", "Yes"],
            ["MembershipPropagationPlugin on Disassociate (synchronous)", "No"],
            ["MembershipPropagationPlugin on Disassociate (asynchronous)", "Yes"],
            ["MembershipPropagationPlugin on AddMembers of team (synchronous)", "No"],
            ["MembershipPropagationPlugin on AddMembers of team (asynchronous)", "Yes"],
            ["MembershipPropagationPlugin on RemoveMembers of team (synchronous)", "No"],
            ["MembershipPropagationPlugin on RemoveMembers of team (asynchronous)", "Yes"],
            ["MembershipPropagationPlugin on Update of nw_teamsynclog (asynchronous)", "Yes"],
            ["RoleChangeReconcilePlugin on Associate (asynchronous)", "Yes"],
            ["RoleChangeReconcilePlugin on Disassociate (asynchronous)", "Yes"],
            ["RoleChangeReconcilePlugin on Update of systemuser (asynchronous)", "Yes"],
        ]);
        expect([view(onlyAsync).on, view(onlyAsync).headline]).toEqual([
            false,
            "Propagation off: 4 steps are turned off",
        ]);
    });

    it("says when the nightly reconcile is off, and only then", () => {
        expect(view(status({ nightlyReconcile: "off" })).nightly).toBe(strings.get("Propagation_NightlyOff"));
        expect(view(status({ nightlyReconcile: "unknown" })).nightly).toBeNull();
    });

    it("says how long ago in minutes, hours or days", () => {
        expect(
            ["2026-03-10T11:59:30Z", "2026-03-10T11:01:00Z", "2026-03-10T09:59:00Z", "2026-03-07T12:00:00Z"].map(
                (iso) => relativeTime(iso, NOW, getString),
            ),
        ).toEqual(["just now", "59 min ago", "2 h ago", "3 days ago"]);
    });

    it("sums up a turn-on and names what failed", () => {
        const privilege = {
            kind: "privilege" as const,
            key: "Data_Error_Privilege",
            args: [],
            detail: "",
            errorCode: null,
        };
        const summary = turnOnSummary(
            {
                stopped: null,
                steps: REQUIRED_STEPS.map((step, i) => ({
                    step,
                    outcome: i === 4 ? "created" : i === 6 ? "failed" : "alreadyOn",
                    addedToSolution: i === 4,
                    error: i === 6 ? privilege : null,
                })),
            },
            getString,
        );
        expect(summary.ok).toBe(false);
        expect(summary.lines).toEqual([
            "Propagation turned on: 1 registered, 0 enabled, 10 already on.",
            strings.get("Propagation_AddedToSolution"),
            `MembershipPropagationPlugin on RemoveMembers of team (synchronous) failed: ${strings.get("Data_Error_Privilege")}`,
        ]);
    });
});
