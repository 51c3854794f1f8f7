/** @jest-environment node */
/**
 * What the playground's simulated plugin reacts to is what the plugin is registered on: the table of
 * playground/host/plugin/simulatedSteps.ts against Solution/'s steps, the steps the plugin requires
 * (PropagationSteps.Required, read from the C#) and the custom API; and the playground acts on it.
 */
import { DataverseStore } from "../../playground/dataverse";
import { messageOf } from "../../playground/host/plugin/platformMessage";
import { type PluginRunResult, applyManualChange, runPlugin } from "../../playground/host/plugin/runPlugin";
import { SIMULATED_STEPS, reactionsTo } from "../../playground/host/plugin/simulatedSteps";
import { watchWrites } from "../../playground/host/plugin/watchWrites";
import {
    commercialLending,
    commercialLendingTeamId,
    commercialLendingUserId,
} from "../../playground/host/sampleData/commercialLending";
import { seedStore } from "../../playground/host/sampleData/seedStore";
import { seedPlatform } from "../../playground/dataverse/seedPlatform";
import {
    BusinessUnit,
    ContinuationText,
    LogOperationValue,
    SyncGroup,
    SyncLog,
    SyncMember,
    SystemUser,
    SystemUserRoles,
    Team,
    TeamMembership,
    bindKey,
    bindValue,
} from "../../TeamSyncEditor/data/schema";
import { customApis, pluginAssemblies, steps } from "../../scripts/pack/solutionLayout";
import { csharpConstants } from "../solution/csharpConstants";
import { repoText, schemaConstant, solutionSource } from "../solution/solutionSource";

const files = solutionSource();
const typeName = (qualified: string) => qualified.split(",")[0].trim();
const MESSAGE_IDS: Readonly<Record<string, string>> = {
    "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8": "Create",
    "20bebb1b-ea3e-db11-86a7-000a3a5473e8": "Update",
    "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8": "Delete",
    "1cbebb1b-ea3e-db11-86a7-000a3a5473e8": "SetState",
    "1dbebb1b-ea3e-db11-86a7-000a3a5473e8": "SetStateDynamicEntity",
    "16e7c888-3b24-448b-b7da-ebfe9b681762": "Associate",
    "bdfc191d-fc56-493a-a6b1-cb0c47a22ecc": "Disassociate",
};
const MODES: Readonly<Record<number, string>> = { 0: "synchronous", 1: "asynchronous" };

/** "plug-in type | message | table | mode | filtering attributes", one per step. */
const key = (
    pluginType: string,
    message: string,
    table: string | null,
    mode: string,
    columns: readonly string[] | null,
) => [pluginType, message, table ?? "any", mode, [...(columns ?? [])].sort().join(",")].join(" | ");

function shippedSteps(): string[] {
    return steps(files).map((s) => {
        const message = MESSAGE_IDS[s.messageId.toLowerCase()];
        if (message === undefined) throw new Error(`${s.path}: unknown message id ${s.messageId}`);
        return key(
            typeName(s.pluginTypeName),
            message,
            s.primaryEntity,
            MODES[s.mode],
            s.filteringAttributes.length > 0 ? s.filteringAttributes : null,
        );
    });
}

/** PropagationSteps.Required as the C# declares it: plug-in type, message, mode. */
function requiredSteps(): { pluginType: string; message: string; mode: string }[] {
    const source = repoText("Plugin/Plugins/Steps/PropagationSteps.cs");
    const required = [
        ...source.matchAll(
            /new RequiredStep\(typeof\((\w+)\), Schema\.Messages\.(\w+), Schema\.Step\.Mode(Synchronous|Asynchronous)\)/g,
        ),
    ].map((m) => ({
        pluginType: `TeamSync.Plugins.${m[1]}`,
        message: String(schemaConstant(`Schema.Messages.${m[2]}`)),
        mode: m[3].toLowerCase(),
    }));
    expect(required.length).toBe((source.match(/new RequiredStep\(/g) ?? []).length);
    return required;
}

function customApiSteps(): string[] {
    const types = new Map(
        pluginAssemblies(files).flatMap((a) => a.types.map((t) => [t.id.toLowerCase(), t.name] as const)),
    );
    return customApis(files).map((api) =>
        key(types.get(api.pluginTypeId.toLowerCase()) ?? api.pluginTypeId, api.name, null, "synchronous", null),
    );
}

const simulated = () =>
    SIMULATED_STEPS.map((s) => key(s.pluginType, s.message, s.table, s.mode, s.filteringAttributes));

describe("the playground's simulated steps", () => {
    it("are the solution's steps, the required ones it cannot ship (AddMembers and RemoveMembers, which exist only for team) and the custom API, exactly", () => {
        const shipped = shippedSteps();
        const covered = (r: { pluginType: string; message: string; mode: string }) =>
            shipped.some((s) => s.startsWith(`${r.pluginType} | ${r.message} | `) && s.includes(` | ${r.mode} | `));
        const notShipped = requiredSteps().filter((r) => !covered(r));
        expect(notShipped.map((r) => r.message).sort()).toEqual([
            "AddMembers",
            "AddMembers",
            "RemoveMembers",
            "RemoveMembers",
        ]);
        const expected = [
            ...shipped,
            ...notShipped.map((r) => key(r.pluginType, r.message, Team.logicalName, r.mode, null)),
            ...customApiSteps(),
        ];
        expect(simulated().sort()).toEqual(expected.sort());
    });

    it("cover every step the plugin requires", () => {
        for (const r of requiredSteps())
            expect(
                SIMULATED_STEPS.filter(
                    (s) => s.pluginType === r.pluginType && s.message === r.message && s.mode === r.mode,
                ),
            ).not.toHaveLength(0);
    });

    it("act on an association of the relationship the plug-in checks", () => {
        expect(schemaConstant("Schema.TeamMembership.Relationship")).toBe(Team.membersNav);
        expect(schemaConstant("Schema.UserRoles.Relationship")).toBe(SystemUser.rolesNav);
        expect(schemaConstant("Schema.User.BusinessUnit")).toBe(SystemUser.businessUnit);
        const anyTable = SIMULATED_STEPS.filter((s) => s.table === null && s.message !== "nw_ReconcileTeamSync");
        expect(
            anyTable.every(
                (s) =>
                    s.relationship ===
                    (s.pluginType.endsWith("RoleChangeReconcilePlugin") ? SystemUser.rolesNav : Team.membersNav),
            ),
        ).toBe(true);
    });

    it("recognise a continuation row by the texts the plugin writes", () => {
        const texts = csharpConstants(repoText("Plugin/Plugins/Text/LogTexts.cs"));
        expect(texts.find((c) => c.name === "Continuation")?.value).toBe(ContinuationText.propagation);
        expect(texts.find((c) => c.name === "ReconcileContinuation")?.value).toBe(ContinuationText.reconcile);
    });
});

describe("what a write to the playground's Dataverse triggers", () => {
    const update = (table: string, columns: string[]) =>
        reactionsTo(messageOf({ kind: "update", table, id: "x", columns }));

    it("a configuration write that changes a link reconciles and validates; a rename or a delete reconciles nothing", () => {
        expect(update(SyncMember.logicalName, [SyncMember.order])).toEqual(
            new Set(["validateConfiguration", "reconcileConfiguration"]),
        );
        expect(update(SyncGroup.logicalName, [SyncGroup.stateCode, SyncGroup.statusCode])).toEqual(
            new Set(["validateConfiguration", "reconcileConfiguration"]),
        );
        expect(update(SyncGroup.logicalName, [SyncGroup.name])).toEqual(new Set());
        expect(reactionsTo(messageOf({ kind: "delete", table: SyncMember.logicalName, id: "x" }))).toEqual(
            new Set(["validateConfiguration"]),
        );
        expect(reactionsTo(messageOf({ kind: "create", table: SyncMember.logicalName, id: "x" }))).toEqual(
            new Set(["validateConfiguration", "reconcileConfiguration"]),
        );
    });

    it("a membership change logs and propagates; a role change, or a move to another business unit, reconciles the user's roles", () => {
        expect(reactionsTo(messageOf({ kind: "create", table: TeamMembership.logicalName, id: "x" }))).toEqual(
            new Set(["logManualChange", "propagate"]),
        );
        expect(reactionsTo(messageOf({ kind: "delete", table: SystemUserRoles.logicalName, id: "x" }))).toEqual(
            new Set(["reconcileRoles"]),
        );
        expect(update(SystemUser.logicalName, [SystemUser.businessUnit])).toEqual(new Set(["reconcileRoles"]));
        expect(update(SystemUser.logicalName, [SystemUser.fullName])).toEqual(new Set());
        expect(update(SyncLog.logicalName, [SyncLog.correlationId])).toEqual(new Set(["continuePropagation"]));
        expect(reactionsTo(messageOf({ kind: "create", table: SyncLog.logicalName, id: "x" }))).toEqual(new Set());
    });
});

describe("the playground's asynchronous steps", () => {
    const team = commercialLendingTeamId;
    const bianca = commercialLendingUserId("Bianca Okafor");
    const seniorLoanOfficer = () => commercialLending.roles.find((r) => r.name === "Senior Loan Officer")?.id ?? "";
    const teamsOf = (store: DataverseStore, user: string) =>
        new Set(
            store
                .rows(TeamMembership.logicalName)
                .filter((r) => r[TeamMembership.userId] === user)
                .map((r) => String(r[TeamMembership.teamId])),
        );

    function watched() {
        const store = new DataverseStore();
        seedStore(commercialLending, store);
        // The org as imported: the solution's steps are there and on, as orgStorage opens it.
        seedPlatform(store, { unmanaged: true, stepsEnabled: true, nightlyReconcileOn: false });
        runPlugin(store, { kind: "reconcileAll" }, commercialLending.adminUserId, "seed");
        const deferred: (() => void)[] = [];
        let n = 0;
        const watch = watchWrites(store, {
            initiatingUserId: commercialLending.adminUserId,
            newCorrelationId: () => `run-${++n}`,
            onRun: () => undefined,
            defer: (run) => deferred.push(run),
        });
        return { store, watch, deferred };
    }

    it("reconcile a user moved to another business unit, whose roles the move took away", () => {
        const { store, watch, deferred } = watched();
        store.associate(SystemUserRoles.logicalName, bianca, seniorLoanOfficer());
        runPlugin(store, { kind: "rolesChanged", user: bianca }, commercialLending.adminUserId, "role");
        expect(teamsOf(store, bianca).has(team("Approval Queue"))).toBe(true);
        const unit = store.create(BusinessUnit.logicalName, { [BusinessUnit.name]: "Retail" });

        store.update(SystemUser.logicalName, bianca, {
            [bindKey(SystemUser.businessUnit)]: bindValue(BusinessUnit.entitySet, unit),
        });

        expect(store.rows(SystemUserRoles.logicalName).filter((r) => r[SystemUserRoles.userId] === bianca)).toEqual([]);
        expect(deferred).toHaveLength(1);
        deferred[0]();
        expect(teamsOf(store, bianca).has(team("Approval Queue"))).toBe(false);
        expect(watch.flush()).toEqual([]);
    });

    it("finish the join a continuation row names once its correlation id is updated, and ignore other log rows", () => {
        const { store, watch } = watched();
        const ibrahim = commercialLendingUserId("Ibrahim Diallo");
        const creditRisk = team("Credit Risk");
        store.associate(TeamMembership.logicalName, creditRisk, ibrahim);
        const row = (text: string) =>
            store.create(SyncLog.logicalName, {
                [bindKey(SyncLog.user)]: bindValue(SystemUser.entitySet, ibrahim),
                [bindKey(SyncLog.team)]: bindValue(Team.entitySet, creditRisk),
                [SyncLog.operation]: LogOperationValue.join,
                [SyncLog.errorText]: text,
            });
        const other = row("Some other text");
        const continuation = row(ContinuationText.propagation);
        expect(watch.flush()).toEqual([]);

        store.update(SyncLog.logicalName, other, { [SyncLog.correlationId]: "c" });
        expect(watch.flush()).toEqual([]);
        store.update(SyncLog.logicalName, continuation, { [SyncLog.correlationId]: "c" });
        const [result] = watch.flush();

        expect(result.operations.map((o) => [o.op, o.team])).toEqual([["add", team("Underwriting")]]);
        expect(teamsOf(store, ibrahim).has(team("Underwriting"))).toBe(true);
    });

    it("leave a role given in the user panel to the run the panel starts: one run, its status not overwritten", () => {
        const { store, watch, deferred } = watched();
        const runs: PluginRunResult[] = [];
        const given = applyManualChange(
            store,
            { kind: "giveRole", user: bianca, role: seniorLoanOfficer() },
            commercialLending.adminUserId,
            "c1",
            (run) => runs.push(run),
        );
        expect(given.queued).toBe(true);
        store.jobs.runAll();
        expect(runs.map((run) => run.operations.map((o) => [o.op, o.team]))).toEqual([
            [["add", team("Approval Queue")]],
        ]);
        expect(deferred).toHaveLength(0);
        expect(watch.flush()).toEqual([]);
    });

    it("leave a rename alone: no run", () => {
        const { store, watch, deferred } = watched();
        const group = String(store.rows(SyncGroup.logicalName)[0][SyncGroup.id]);
        store.update(SyncGroup.logicalName, group, { [SyncGroup.name]: "Renamed" });
        expect(deferred).toHaveLength(0);
        expect(watch.flush()).toEqual([]);
    });
});
