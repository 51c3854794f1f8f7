/**
 * Settles as soon as the signal aborts, so a destroyed control stops waiting at once; the
 * request already sent cannot be recalled (`context.webAPI` takes no signal) and its answer is dropped.
 */
import { CancelledError, toDataError } from "./errors";

export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    if (!signal) return work;
    // Once the abort has won, the work's own failure is of no interest: keep it from going unhandled.
    work.catch(() => undefined);
    if (signal.aborted) return Promise.reject(toDataError(new CancelledError()));
    return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(toDataError(new CancelledError()));
        signal.addEventListener("abort", onAbort, { once: true });
        work.then(
            (value) => {
                signal.removeEventListener("abort", onAbort);
                resolve(value);
            },
            (error: unknown) => {
                signal.removeEventListener("abort", onAbort);
                reject(error);
            },
        );
    });
}
