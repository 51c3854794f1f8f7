/**
 * An edit session as an immutable value (fits React state): the loaded org, the changes in the
 * order the admin made them, and a seed naming the records the changes create. The changes stay
 * here until a save succeeds, so nothing the admin entered is lost on a conflict or a failure.
 */
import type { SyncModel } from "../engine/types";
import { applyEdits } from "./applyEdits";
import { planWrites } from "./planWrites";
import { EditChange, LoadedOrg, Write } from "./types";

export interface EditSession {
    loaded: LoadedOrg;
    changes: readonly EditChange[];
    seed: string;
}

function randomId(): string {
    return globalThis.crypto.randomUUID();
}

/** `newId` is injectable so that tests get stable ids. */
export function startEditSession(loaded: LoadedOrg, newId: () => string = randomId): EditSession {
    return { loaded, changes: [], seed: newId() };
}

/** An id for a link the admin is adding (`addLink.memberId`). */
export function newMemberId(newId: () => string = randomId): string {
    return newId();
}

export function withChange(session: EditSession, change: EditChange): EditSession {
    return { ...session, changes: [...session.changes, change] };
}

export function undoChange(session: EditSession): EditSession {
    return { ...session, changes: session.changes.slice(0, -1) };
}

export function sessionModel(session: EditSession): SyncModel {
    return applyEdits(session.loaded, session.changes, session.seed);
}

export function sessionWrites(session: EditSession): Write[] {
    return planWrites(session.loaded, session.changes, session.seed);
}
