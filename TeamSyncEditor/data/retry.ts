/**
 * Resends a request that Dataverse throttled (429), waiting what its Retry-After asks, a bounded
 * number of times; any other failure, running out of retries, or a Retry-After longer than the cap
 * rejects with a `DataError` (a throttled one says how long Dataverse asked to wait).
 */
import { CancelledError, isThrottled, retryAfterSeconds, toDataError } from "./errors";
import { RetryOptions } from "./types";

export const DEFAULT_MAX_RETRIES = 3;
/** The longest Retry-After waited out unseen: a longer wait fails, saying how long, so nothing stalls silently. */
export const MAX_RETRY_AFTER_SECONDS = 30;
/** Wait when a 429 carries no Retry-After: doubles per attempt (2 s, 4 s, 8 s). */
const FALLBACK_WAIT_MS = 2000;

function defaultSleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
    if (signal?.aborted) throw toDataError(new CancelledError());
}

export async function withRetry<T>(
    send: () => Promise<T>,
    options: RetryOptions = {},
    signal?: AbortSignal,
): Promise<T> {
    const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const sleep = options.sleep ?? defaultSleep;
    for (let attempt = 0; ; attempt++) {
        throwIfAborted(signal);
        try {
            return await send();
        } catch (error) {
            const seconds = retryAfterSeconds(error);
            if (!isThrottled(error) || attempt >= maxRetries || (seconds !== null && seconds > MAX_RETRY_AFTER_SECONDS))
                throw toDataError(error);
            await sleep(seconds !== null ? seconds * 1000 : FALLBACK_WAIT_MS * 2 ** attempt);
        }
    }
}
