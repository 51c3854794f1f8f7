/**
 * The org's Web API endpoint for unbound actions (`POST /api/data/v9.2/<action>`), answered from the
 * in-memory org: the custom API nw_ReconcileTeamSync and AddSolutionComponent. The control posts to
 * it with `fetch` exactly as it posts to Dataverse; errors come back in the Web API's JSON shape.
 */
import {
    AddSolutionComponent,
    ReconcileApi,
    Solution,
    SyncGroup,
    bindKey,
    bindValue,
} from "../../TeamSyncEditor/data/schema";
import { WEB_API_PATH } from "../../TeamSyncEditor/data/propagation/unboundActions";
import { badRequest, privilegeDenied, type FakeWebApiError } from "../dataverse/fakeErrors";
import { SOLUTION_COMPONENT } from "../dataverse/metadata";
import { StoreError, type DataverseStore } from "../dataverse/store";
import { reconcileTeamSync } from "./customApi/reconcileTeamSync";

export interface OrgEndpointOptions {
    store: DataverseStore;
    /** The caller, whom the reconcile's log rows name as the initiating user. */
    callerId: () => string;
    /** The caller holds prvWritenw_teamsyncgroup, the custom API's execute privilege. */
    mayWriteConfigurations: () => boolean;
    /** The caller may customise the system (System Customizer or System Administrator). */
    mayCustomize: () => boolean;
    newCorrelationId: () => string;
    reconcilePageSize?: number;
}

function json(status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), {
        status,
        headers: { "Content-Type": "application/json; odata.metadata=minimal" },
    });
}

function errorResponse(error: FakeWebApiError): Response {
    return json(error.status, { error: { code: `0x${(error.errorCode >>> 0).toString(16)}`, message: error.message } });
}

function addSolutionComponent(
    options: OrgEndpointOptions,
    parameters: Record<string, unknown>,
): Record<string, unknown> {
    if (!options.mayCustomize()) throw new StoreError(privilegeDenied("prvWriteSolution"));
    const { store } = options;
    const uniqueName = String(parameters[AddSolutionComponent.solutionUniqueName] ?? "");
    const solution = store.rows(Solution.logicalName).find((row) => row[Solution.uniqueName] === uniqueName);
    if (solution === undefined) throw new StoreError(badRequest(`No solution named ${uniqueName}.`));
    if (solution[Solution.isManaged] === true)
        throw new StoreError(badRequest(`Cannot add components to the managed solution ${uniqueName}.`));
    const objectId = String(parameters[AddSolutionComponent.componentId] ?? "").toLowerCase();
    const type = Number(parameters[AddSolutionComponent.componentType]);
    const solutionId = String(solution[Solution.id]);
    const existing = store
        .rows(SOLUTION_COMPONENT.logicalName)
        .find(
            (row) =>
                row[SOLUTION_COMPONENT.objectId] === objectId && row[SOLUTION_COMPONENT.solutionValue] === solutionId,
        );
    const id =
        existing?.[SOLUTION_COMPONENT.id] ??
        store.create(SOLUTION_COMPONENT.logicalName, {
            [SOLUTION_COMPONENT.objectId]: objectId,
            [SOLUTION_COMPONENT.componentType]: type,
            [bindKey(SOLUTION_COMPONENT.solutionNav)]: bindValue(Solution.entitySet, solutionId),
        });
    return { id };
}

/** Answers one request to the org's Web API actions; anything else is not for it (null). */
export function orgEndpoint(options: OrgEndpointOptions): (url: URL, init?: RequestInit) => Promise<Response> | null {
    return (url, init) => {
        if (!url.pathname.startsWith(WEB_API_PATH) || (init?.method ?? "GET") !== "POST") return null;
        const name = url.pathname.slice(WEB_API_PATH.length);
        const run = async (): Promise<Response> => {
            try {
                const parameters =
                    typeof init?.body === "string" && init.body !== ""
                        ? (JSON.parse(init.body) as Record<string, unknown>)
                        : {};
                if (name === ReconcileApi.name) {
                    if (!options.mayWriteConfigurations())
                        throw new StoreError(privilegeDenied(`prvWrite${SyncGroup.logicalName}`));
                    return json(
                        200,
                        reconcileTeamSync({
                            store: options.store,
                            parameters,
                            initiatingUserId: options.callerId(),
                            correlationId: options.newCorrelationId(),
                            pageSize: options.reconcilePageSize,
                        }),
                    );
                }
                if (name === AddSolutionComponent.name) return json(200, addSolutionComponent(options, parameters));
                return errorResponse({
                    errorCode: -2147220969,
                    message: `Resource not found for the segment '${name}'.`,
                    status: 404,
                });
            } catch (error) {
                if (error instanceof StoreError) return errorResponse(error.error);
                throw error;
            }
        };
        return run();
    };
}

/** Routes the page's requests to the org's Web API actions to `endpoint`; returns the undo. */
export function installOrgEndpoint(endpoint: ReturnType<typeof orgEndpoint>): () => void {
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(
            typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
            window.location.href,
        );
        if (url.origin === window.location.origin) {
            const answer = endpoint(url, init);
            if (answer !== null) return answer;
        }
        return original(input, init);
    };
    return () => {
        window.fetch = original;
    };
}
