/** An org just after the TeamSync import, in the in-memory Dataverse, with the control's propagation service over it. */
import {
    DataverseStore,
    FakeWebApi,
    seedPlatform,
    type FakeWebApiOptions,
    type PlatformSeed,
} from "../../playground/dataverse";
import { orgEndpoint, type OrgEndpointOptions } from "../../playground/host/orgEndpoint";
import { propagationService, type PropagationService } from "../../TeamSyncEditor/data/propagation/propagationService";
import { fetchActions, type UnboundActions } from "../../TeamSyncEditor/data/propagation/unboundActions";
import { ProcessingStep } from "../../TeamSyncEditor/data/schema";

export const AFTER_IMPORT: PlatformSeed = { unmanaged: true, stepsEnabled: true, nightlyReconcileOn: false };

export interface PropagationOrg {
    store: DataverseStore;
    webApi: FakeWebApi;
    actions: UnboundActions;
    /** What the actions were asked, by name. */
    actionCalls: string[];
    service: PropagationService;
    privileges: { mayCustomize: boolean; mayWriteConfigurations: boolean };
}

/** `before` writes into the store first (other messages, say), so that the org's generated ids differ from another org's. */
export function propagationOrg(
    options: {
        seed?: PlatformSeed;
        before?: (store: DataverseStore) => void;
        store?: DataverseStore;
        webApi?: FakeWebApiOptions;
        endpoint?: Partial<OrgEndpointOptions>;
        now?: Date;
    } = {},
): PropagationOrg {
    const store = options.store ?? new DataverseStore();
    options.before?.(store);
    seedPlatform(store, options.seed ?? AFTER_IMPORT);
    const privileges = { mayCustomize: true, mayWriteConfigurations: true };
    const webApi = new FakeWebApi(store, options.webApi);
    const endpoint = orgEndpoint({
        store,
        callerId: () => "00000000-0000-4000-8000-00000000aaaa",
        mayCustomize: () => privileges.mayCustomize,
        mayWriteConfigurations: () => privileges.mayWriteConfigurations,
        newCorrelationId: () => "correlation",
        ...options.endpoint,
    });
    const actionCalls: string[] = [];
    const actions = fetchActions((url, init) => {
        const parsed = new URL(url, "https://org.example");
        actionCalls.push(parsed.pathname.split("/").pop() ?? "");
        return endpoint(parsed, init) ?? Promise.reject(new TypeError(`nothing answers ${url}`));
    });
    const context = {
        mode: { isControlDisabled: false },
        utils: {
            getEntityMetadata: async () => ({}) as ComponentFramework.PropertyHelper.EntityMetadata,
            hasEntityPrivilege: (entity: string) => entity !== ProcessingStep.logicalName || privileges.mayCustomize,
        },
    };
    const service = propagationService(context, webApi, actions, () => options.now ?? new Date());
    return { store, webApi, actions, actionCalls, service, privileges };
}
