/** A new record id (a random GUID): links the admin adds, and the seed naming the records an edit session creates. */
export function newId(): string {
    return globalThis.crypto.randomUUID();
}
