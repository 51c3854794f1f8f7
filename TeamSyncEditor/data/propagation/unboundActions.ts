/**
 * The seam for unbound Web API actions (custom APIs, AddSolutionComponent), which `context.webAPI`
 * cannot call. The control posts to the org's Web API from the form's own origin, where the app's
 * session authenticates the request; the playground answers the same requests from its in-memory org.
 */
import { DataverseErrorCode } from "../dataverseErrorCodes";

export interface UnboundActions {
    /** Posts the action with its parameters; resolves with its response properties. */
    execute(name: string, parameters: Record<string, unknown>, signal?: AbortSignal): Promise<Record<string, unknown>>;
}

/** The Web API's path on the org's origin (a model-driven form is served from the org's host). */
export const WEB_API_PATH = "/api/data/v9.2/";

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

interface WebApiErrorBody {
    error?: { code?: string; message?: string };
}

/** "0x80040220" as the signed 32-bit number `context.webAPI` errors carry. */
function errorCodeOf(code: string | undefined): number | null {
    if (code === undefined || !/^0x[0-9a-f]{1,8}$/i.test(code)) return null;
    return parseInt(code, 16) | 0;
}

export function fetchActions(fetchFn: Fetch, baseUrl: string = WEB_API_PATH): UnboundActions {
    return {
        async execute(name, parameters, signal) {
            let response: Response;
            try {
                response = await fetchFn(`${baseUrl}${name}`, {
                    method: "POST",
                    credentials: "same-origin",
                    headers: {
                        Accept: "application/json",
                        "Content-Type": "application/json; charset=utf-8",
                        "OData-MaxVersion": "4.0",
                        "OData-Version": "4.0",
                    },
                    body: JSON.stringify(parameters),
                    signal,
                });
            } catch (error) {
                if ((error as { name?: unknown } | null)?.name === "AbortError") throw error;
                throw {
                    errorCode: 0,
                    status: 0,
                    offline: true,
                    message: error instanceof Error ? error.message : String(error),
                };
            }
            const text = await response.text();
            if (!response.ok) {
                let body: WebApiErrorBody = {};
                try {
                    body = JSON.parse(text) as WebApiErrorBody;
                } catch {
                    // Not JSON (a gateway's page): the status says enough.
                }
                const retryAfter = response.headers.get("Retry-After");
                throw {
                    errorCode:
                        errorCodeOf(body.error?.code) ??
                        (response.status === 403 ? DataverseErrorCode.privilegeDenied : 0),
                    status: response.status,
                    message: body.error?.message ?? `${response.status} ${response.statusText}`,
                    ...(retryAfter === null ? {} : { retryAfter: Number(retryAfter) }),
                };
            }
            return text.trim() === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
        },
    };
}
