/**
 * Turns whatever `context.webAPI` rejected with into a readable `DataError`: a resx key and its
 * arguments. The platform's own text is kept as `detail` for support, never shown as markup.
 */
import { DataverseErrorCode, HttpStatus, THROTTLING_CODES } from "./dataverseErrorCodes";
import { MessageKey } from "./messageKeys";
import { DataError } from "./types";

interface WebApiErrorShape {
    errorCode?: unknown;
    code?: unknown;
    status?: unknown;
    message?: unknown;
    retryAfter?: unknown;
    offline?: unknown;
    name?: unknown;
}

/** Seconds to wait before retrying a throttled request, when the error says. */
export function retryAfterSeconds(error: unknown): number | null {
    const value = (error as WebApiErrorShape | null)?.retryAfter;
    const seconds = typeof value === "string" ? Number(value) : value;
    return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

export function isThrottled(error: unknown): boolean {
    const e = (error ?? {}) as WebApiErrorShape;
    return e.status === HttpStatus.tooManyRequests || THROTTLING_CODES.includes(Number(e.errorCode ?? e.code));
}

export class CancelledError extends Error {
    constructor() {
        super("The load was cancelled.");
        this.name = "CancelledError";
    }
}

export function toDataError(error: unknown): DataError {
    if (isDataError(error)) return error;
    const e = (error ?? {}) as WebApiErrorShape;
    const detail = typeof e.message === "string" ? e.message : String(error);
    const code = Number(e.errorCode ?? e.code);
    const errorCode = Number.isFinite(code) && code !== 0 ? code : null;
    if (error instanceof CancelledError || e.name === "AbortError") {
        return { kind: "cancelled", key: MessageKey.cancelled, args: [], detail, errorCode };
    }
    if (isThrottled(error)) {
        const wait = Math.ceil(retryAfterSeconds(error) ?? 0);
        return {
            kind: "throttled",
            key: wait === 1 ? MessageKey.throttledOneSecond : MessageKey.throttled,
            args: [String(wait)],
            detail,
            errorCode,
        };
    }
    if (code === DataverseErrorCode.privilegeDenied || e.status === HttpStatus.forbidden) {
        return { kind: "privilege", key: MessageKey.privilege, args: [], detail, errorCode };
    }
    if (code === DataverseErrorCode.objectDoesNotExist || e.status === HttpStatus.notFound) {
        return { kind: "gone", key: MessageKey.gone, args: [], detail, errorCode };
    }
    // A request that got no response (status 0) or a fetch TypeError: the network is down.
    if (e.offline === true || e.status === 0 || error instanceof TypeError) {
        return { kind: "offline", key: MessageKey.offline, args: [], detail, errorCode };
    }
    return { kind: "unknown", key: MessageKey.unknown, args: [detail], detail, errorCode };
}

function isDataError(error: unknown): error is DataError {
    const e = error as Partial<DataError> | null;
    return typeof e?.kind === "string" && typeof e.key === "string" && Array.isArray(e.args);
}
