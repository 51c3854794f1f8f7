/**
 * `context.webAPI` over the in-memory Dataverse: the same calls and answers as the platform, with
 * `maxPageSize` paging through `nextLink`, every request recorded (tests count them), and faults
 * injected per request (throttling, offline, missing privilege).
 */
import { MAX_PAGE_SIZE } from "../../TeamSyncEditor/data/schema";
import { FakeWebApiError, recordGone } from "./fakeErrors";
import { tableByLogicalName } from "./metadata";
import { DataverseStore, Row, StoreError } from "./store";

export const FAKE_ORG_URL = "https://playground.crm.dynamics.com/api/data/v9.2/";

export interface FakeRequest {
    /** 1-based position among all requests this Web API received. */
    n: number;
    method: "GET" | "POST" | "PATCH" | "DELETE";
    entity: string;
    id?: string;
    options?: string;
    data?: Row;
}

export interface FakeWebApiOptions {
    /** Return an error to fail this request instead of running it. */
    fault?: (request: FakeRequest) => FakeWebApiError | undefined;
    /** Wait before answering (the playground uses it to show progress). */
    delay?: (request: FakeRequest) => Promise<void>;
}

export class FakeWebApi implements ComponentFramework.WebApi {
    readonly requests: FakeRequest[] = [];

    constructor(
        private readonly store: DataverseStore,
        private readonly options: FakeWebApiOptions = {},
    ) {}

    async createRecord(
        entityType: string,
        data: ComponentFramework.WebApi.Entity,
    ): Promise<ComponentFramework.LookupValue> {
        return this.run({ method: "POST", entity: entityType, data }, () => {
            const id = this.store.create(entityType, data);
            return { id, entityType, name: "" };
        });
    }

    async updateRecord(
        entityType: string,
        id: string,
        data: ComponentFramework.WebApi.Entity,
    ): Promise<ComponentFramework.LookupValue> {
        return this.run({ method: "PATCH", entity: entityType, id, data }, () => {
            this.store.update(entityType, id, data);
            return { id: id.toLowerCase(), entityType, name: "" };
        });
    }

    async deleteRecord(entityType: string, id: string): Promise<ComponentFramework.LookupValue> {
        return this.run({ method: "DELETE", entity: entityType, id }, () => {
            this.store.delete(entityType, id);
            return { id: id.toLowerCase(), entityType, name: "" };
        });
    }

    async retrieveRecord(entityType: string, id: string, options?: string): Promise<ComponentFramework.WebApi.Entity> {
        return this.run({ method: "GET", entity: entityType, id, options }, () => {
            const table = tableByLogicalName(entityType);
            const key = table?.primaryId ?? "";
            const filter = `$filter=${key} eq ${id}`;
            const query = options ? `${options.replace(/^\?/, "")}&${filter}` : filter;
            const { rows } = this.store.query(entityType, query);
            if (rows.length === 0) throw new StoreError(recordGone(entityType, id));
            return rows[0];
        });
    }

    async retrieveMultipleRecords(
        entityType: string,
        options?: string,
        maxPageSize?: number,
    ): Promise<ComponentFramework.WebApi.RetrieveMultipleResponse> {
        return this.run({ method: "GET", entity: entityType, options }, () => {
            const { rows, skipToken, top } = this.store.query(entityType, options);
            const limited = top === null ? rows : rows.slice(0, top);
            const pageSize = Math.min(maxPageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
            const page = limited.slice(skipToken, skipToken + pageSize);
            const next = skipToken + page.length;
            const response: ComponentFramework.WebApi.RetrieveMultipleResponse = { entities: page, nextLink: "" };
            if (next < limited.length) {
                const table = tableByLogicalName(entityType);
                const base = (options ?? "").replace(/^\?/, "").replace(/&?\$skiptoken=\d+/, "");
                response.nextLink = `${FAKE_ORG_URL}${table?.entitySet}?${base}&$skiptoken=${next}`;
            } else {
                delete (response as { nextLink?: string }).nextLink;
            }
            return response;
        });
    }

    private async run<T>(request: Omit<FakeRequest, "n">, action: () => T): Promise<T> {
        const recorded: FakeRequest = { n: this.requests.length + 1, ...request };
        this.requests.push(recorded);
        if (this.options.delay) await this.options.delay(recorded);
        const fault = this.options.fault?.(recorded);
        if (fault) throw fault;
        try {
            return action();
        } catch (e) {
            if (e instanceof StoreError) throw e.error;
            throw e;
        }
    }
}
