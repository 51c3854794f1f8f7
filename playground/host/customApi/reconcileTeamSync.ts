/**
 * The custom API nw_ReconcileTeamSync over the in-memory org, as ReconcileApiPlugin does it: the
 * candidates in user id order, one page after PageToken, the engine's reconcile for that page
 * (`report` plans only, `apply` makes and logs the changes through the simulated plugin), and the
 * same response properties.
 */
import {
    LogCauseValue,
    LogOutcomeValue,
    ReconcileApi,
    ReconcileMode,
    SyncLog,
    Team,
    TeamMembership,
} from "../../../TeamSyncEditor/data/schema";
import { compareIds } from "../../../TeamSyncEditor/engine/graph";
import { badRequest } from "../../dataverse/fakeErrors";
import { StoreError, type DataverseStore } from "../../dataverse/store";
import { planPluginRun } from "../plugin/planPluginRun";
import { readSnapshot } from "../plugin/readSnapshot";
import { runPlugin } from "../plugin/runPlugin";
import { connectedTeams } from "./connectedTeams";

/** The plugin's default page size (ReconcileSettings.PageSize). */
export const RECONCILE_PAGE_SIZE = 500;

export interface ReconcileCall {
    store: DataverseStore;
    parameters: Record<string, unknown>;
    initiatingUserId: string;
    correlationId: string;
    pageSize?: number;
}

function text(parameters: Record<string, unknown>, name: string): string | null {
    const value = parameters[name];
    return typeof value === "string" && value !== "" ? value : null;
}

/** Whom a reconcile looks at: the members of the teams connected to the team, or of every linked team and everyone the sync added. */
function candidates(store: DataverseStore, team: string | null): string[] {
    const { model } = readSnapshot(store);
    const linked = new Set(
        model.configs
            .filter((c) => c.active)
            .flatMap((c) => [c.parent, ...c.members.filter((m) => m.active).map((m) => m.child)]),
    );
    const scope = team === null ? linked : connectedTeams(model, [team]);
    const users = new Set(
        store
            .rows(TeamMembership.logicalName)
            .filter((row) => scope.has(String(row[TeamMembership.teamId])))
            .map((row) => String(row[TeamMembership.userId])),
    );
    if (team === null) {
        for (const row of store.rows(SyncLog.logicalName)) {
            if (row[SyncLog.cause] === LogCauseValue.sync && row[SyncLog.outcome] === LogOutcomeValue.done)
                users.add(String(row[SyncLog.userValue]));
        }
    }
    return [...users].sort(compareIds);
}

export function reconcileTeamSync(call: ReconcileCall): Record<string, unknown> {
    const { store, parameters } = call;
    const mode = text(parameters, ReconcileApi.mode) ?? ReconcileMode.report;
    if (mode !== ReconcileMode.report && mode !== ReconcileMode.apply)
        throw new StoreError(badRequest(`TeamSync: Mode must be 'report' or 'apply', not '${mode}'.`));
    const user = text(parameters, ReconcileApi.userId)?.toLowerCase() ?? null;
    const team = text(parameters, ReconcileApi.teamId)?.toLowerCase() ?? null;
    const token = text(parameters, ReconcileApi.pageToken);
    const all = user !== null ? [user] : candidates(store, team);
    const remaining = all.filter((u) => token === null || compareIds(u, token) > 0);
    const page = remaining.slice(0, call.pageSize ?? RECONCILE_PAGE_SIZE);
    const event = { kind: "reconcileUsers", users: page } as const;
    const operations =
        mode === ReconcileMode.apply
            ? runPlugin(store, event, call.initiatingUserId, call.correlationId).operations
            : planPluginRun(readSnapshot(store), event).operations;
    const names = new Map(store.rows(Team.logicalName).map((row) => [String(row[Team.id]), String(row[Team.name])]));
    const nameOf = (id: string) => names.get(id) ?? id;
    const report = operations.map((op) => ({
        op: op.op,
        user: op.user,
        team: op.team,
        teamName: nameOf(op.team),
        via: op.via,
        path: op.via.map(nameOf).join(" > "),
        outcome: mode === ReconcileMode.apply ? "done" : "planned",
    }));
    return {
        [ReconcileApi.adds]: operations.filter((op) => op.op === "add").length,
        [ReconcileApi.removes]: operations.filter((op) => op.op === "remove").length,
        [ReconcileApi.failed]: 0,
        [ReconcileApi.report]: JSON.stringify(report),
        [ReconcileApi.nextPageToken]: remaining.length > page.length ? page[page.length - 1] : "",
    };
}
