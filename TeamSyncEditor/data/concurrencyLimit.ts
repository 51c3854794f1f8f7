/**
 * A Web API whose requests wait for one of `limit` slots: Dataverse allows 52 concurrent requests per
 * user, shared with the form itself, so a large load must not take them all. A retry's wait
 * happens outside the slot (the retry wraps the call), so a throttled request does not hold one.
 */
import type { DataverseWebApi } from "./types";

export function concurrencyLimit(webApi: DataverseWebApi, limit: number): DataverseWebApi {
    let inFlight = 0;
    const waiting: Array<() => void> = [];
    const acquire = (): Promise<void> => {
        if (inFlight < limit) {
            inFlight++;
            return Promise.resolve();
        }
        return new Promise((resolve) => waiting.push(resolve));
    };
    const release = (): void => {
        const next = waiting.shift();
        // The slot passes straight to the next caller, so the count stays as it is.
        if (next) next();
        else inFlight--;
    };
    const limited = async <T>(send: () => Promise<T>): Promise<T> => {
        await acquire();
        try {
            return await send();
        } finally {
            release();
        }
    };
    return {
        createRecord: (entity, data) => limited(() => webApi.createRecord(entity, data)),
        updateRecord: (entity, id, data) => limited(() => webApi.updateRecord(entity, id, data)),
        retrieveMultipleRecords: (entity, options, maxPageSize) =>
            limited(() => webApi.retrieveMultipleRecords(entity, options, maxPageSize)),
        retrieveRecord: (entity, id, options) => limited(() => webApi.retrieveRecord(entity, id, options)),
    };
}
