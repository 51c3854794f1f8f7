/**
 * Finds users of the organisation by part of their name, for the Preview tab's "what if this user
 * joins or leaves": one page of `systemusers` whose full name contains the text, by name, one more
 * than shown so the picker can say there are more.
 */
import { throwIfAborted, withRetry } from "./retry";
import { SystemUser } from "./schema";
import type { DataverseWebApi, RetryOptions } from "./types";
import type { UserId } from "../engine/types";

export interface FoundUser {
    id: UserId;
    name: string;
}

export interface UserSearch {
    users: FoundUser[];
    /** More users match than are listed: the admin should type more of the name. */
    more: boolean;
}

export const USERS_SHOWN = 20;

/** An OData string literal's content: a quote doubled, then made safe for the query string. */
function literal(text: string): string {
    return encodeURIComponent(text.replace(/'/g, "''"));
}

export async function searchUsers(
    webApi: DataverseWebApi,
    text: string,
    options: { signal?: AbortSignal; retry?: RetryOptions } = {},
): Promise<UserSearch> {
    const wanted = text.trim();
    const filter = wanted === "" ? "" : `&$filter=contains(${SystemUser.fullName},'${literal(wanted)}')`;
    const query = `?$select=${SystemUser.id},${SystemUser.fullName}${filter}&$orderby=${SystemUser.fullName}&$top=${USERS_SHOWN + 1}`;
    const page = await withRetry(
        () => webApi.retrieveMultipleRecords(SystemUser.logicalName, query),
        options.retry,
        options.signal,
    );
    throwIfAborted(options.signal);
    const users = page.entities.map((row) => ({
        id: String(row[SystemUser.id]).toLowerCase(),
        name: typeof row[SystemUser.fullName] === "string" ? (row[SystemUser.fullName] as string) : "",
    }));
    return { users: users.slice(0, USERS_SHOWN), more: users.length > USERS_SHOWN };
}
