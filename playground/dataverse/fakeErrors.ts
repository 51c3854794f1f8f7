/**
 * Errors shaped like the ones `context.webAPI` rejects with: `errorCode` and `message`, plus the
 * HTTP `status` and, for 429, the `Retry-After` seconds.
 */
import { DataverseErrorCode, HttpStatus } from "../../TeamSyncEditor/data/dataverseErrorCodes";

export interface FakeWebApiError {
    errorCode: number;
    message: string;
    status: number;
    retryAfter?: number;
    /** No response at all (the browser is offline). */
    offline?: boolean;
}

export function recordGone(table: string, id: string): FakeWebApiError {
    return {
        errorCode: DataverseErrorCode.objectDoesNotExist,
        message: `${table} With Id = ${id} Does Not Exist`,
        status: HttpStatus.notFound,
    };
}

export function duplicateRecord(table: string, id: string): FakeWebApiError {
    return {
        errorCode: DataverseErrorCode.duplicateRecord,
        message: `A ${table} with id ${id} already exists.`,
        status: 412,
    };
}

export function privilegeDenied(privilege: string): FakeWebApiError {
    return {
        errorCode: DataverseErrorCode.privilegeDenied,
        message: `Principal user is missing ${privilege} privilege.`,
        status: HttpStatus.forbidden,
    };
}

export function throttled(retryAfterSeconds: number): FakeWebApiError {
    return {
        errorCode: DataverseErrorCode.throttledRequests,
        message: "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
        status: HttpStatus.tooManyRequests,
        retryAfter: retryAfterSeconds,
    };
}

export function offline(): FakeWebApiError {
    return { errorCode: 0, message: "Failed to fetch", status: 0, offline: true };
}

export function badRequest(message: string): FakeWebApiError {
    return { errorCode: -2147220989, message, status: 400 };
}

/** A synchronous plug-in step refused the write (0x80040265, the message is the plug-in's). */
export function pluginRefusal(message: string): FakeWebApiError {
    return { errorCode: -2147220891, message, status: 400 };
}
