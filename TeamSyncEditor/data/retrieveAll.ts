/**
 * Reads every page of a query: follows `nextLink` to the end, counting requests, checking the
 * abort signal between pages, and retrying throttled pages.
 */
import { MAX_PAGE_SIZE } from "./schema";
import { throwIfAborted, withRetry } from "./retry";
import { DataverseWebApi, RetryOptions } from "./types";

export interface RetrieveAllOptions {
    pageSize?: number;
    signal?: AbortSignal;
    retry?: RetryOptions;
    /** Called once per request sent (retries included), and per page with the rows so far. */
    onRequest?: () => void;
    onPage?: (rowsSoFar: number) => void;
}

/** The query part of a nextLink, which `retrieveMultipleRecords` takes as its options. */
function nextOptions(nextLink: string): string {
    return nextLink.slice(nextLink.indexOf("?"));
}

export async function retrieveAll(
    webApi: DataverseWebApi,
    entity: string,
    options: string,
    settings: RetrieveAllOptions = {},
): Promise<ComponentFramework.WebApi.Entity[]> {
    const pageSize = Math.min(settings.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    const rows: ComponentFramework.WebApi.Entity[] = [];
    let query: string | null = options;
    while (query !== null) {
        throwIfAborted(settings.signal);
        const current: string = query;
        const page = await withRetry(
            () => {
                settings.onRequest?.();
                return webApi.retrieveMultipleRecords(entity, current, pageSize);
            },
            settings.retry,
            settings.signal,
        );
        throwIfAborted(settings.signal);
        rows.push(...page.entities);
        settings.onPage?.(rows.length);
        query = page.nextLink ? nextOptions(page.nextLink) : null;
    }
    return rows;
}
