/**
 * Saves an edit session: checks that no record it touches changed since loading (if one did,
 * nothing is written and the conflicts are named), then sends the writes one by one in order.
 * On a failure it stops and reports what was written, what failed and why, and what is left,
 * so that `resumeSave` can send the rest; the session's changes are never dropped here.
 */
import { DataverseErrorCode } from "./dataverseErrorCodes";
import { MessageKey } from "./messageKeys";
import { planWrites } from "./planWrites";
import { retrieveAll } from "./retrieveAll";
import { withRetry } from "./retry";
import { SyncGroup, SyncMember, bindKey } from "./schema";
import {
    Conflict,
    DataError,
    DataverseWebApi,
    EditChange,
    LoadedOrg,
    RecordVersion,
    RetryOptions,
    SaveOptions,
    SaveReport,
    Write,
    WriteTable,
} from "./types";

/** Ids per `$filter`, to keep the request URL well under the platform's length limit. */
const IDS_PER_QUERY = 50;

interface Touched {
    table: WriteTable;
    id: string;
    name: string;
    version: RecordVersion;
}

/** The loaded records the writes depend on: those updated, and the configurations new members join. */
function touchedRecords(loaded: LoadedOrg, writes: readonly Write[]): Touched[] {
    const touched = new Map<string, Touched>();
    const addConfiguration = (id: string) => {
        const c = loaded.configurations.find((x) => x.id === id);
        if (c) touched.set(c.id, { table: SyncGroup.logicalName, id: c.id, name: c.name, version: c.version });
    };
    for (const w of writes) {
        if (w.op === "update" && w.table === SyncGroup.logicalName) addConfiguration(w.id);
        if (w.op === "update" && w.table === SyncMember.logicalName) {
            const m = loaded.members.find((x) => x.id === w.id);
            if (m) touched.set(m.id, { table: SyncMember.logicalName, id: m.id, name: m.name, version: m.version });
        }
        const group = w.data[bindKey(SyncMember.group)];
        if (w.table === SyncMember.logicalName && typeof group === "string") {
            addConfiguration(group.slice(group.indexOf("(") + 1, group.indexOf(")")));
        }
    }
    return [...touched.values()];
}

async function currentVersions(
    webApi: DataverseWebApi,
    table: WriteTable,
    ids: string[],
    retry: RetryOptions | undefined,
): Promise<Map<string, RecordVersion>> {
    const key = table === SyncGroup.logicalName ? SyncGroup.id : SyncMember.id;
    const versions = new Map<string, RecordVersion>();
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
        const filter = ids
            .slice(i, i + IDS_PER_QUERY)
            .map((id) => `${key} eq ${id}`)
            .join(" or ");
        const rows = await retrieveAll(
            webApi,
            table,
            `?$select=${key},${SyncGroup.versionNumber},${SyncGroup.modifiedOn}&$filter=${filter}`,
            { retry },
        );
        for (const row of rows) {
            const v = row[SyncGroup.versionNumber];
            const m = row[SyncGroup.modifiedOn];
            versions.set(String(row[key]).toLowerCase(), {
                versionNumber: v === null || v === undefined ? null : String(v),
                modifiedOn: typeof m === "string" ? m : null,
            });
        }
    }
    return versions;
}

async function findConflicts(
    webApi: DataverseWebApi,
    touched: Touched[],
    retry: RetryOptions | undefined,
): Promise<Conflict[]> {
    const conflicts: Conflict[] = [];
    for (const table of [SyncGroup.logicalName, SyncMember.logicalName] as const) {
        const records = touched.filter((t) => t.table === table);
        if (records.length === 0) continue;
        const current = await currentVersions(
            webApi,
            table,
            records.map((r) => r.id),
            retry,
        );
        for (const r of records) {
            const now = current.get(r.id);
            if (!now) {
                conflicts.push({
                    table,
                    id: r.id,
                    name: r.name,
                    reason: "gone",
                    key: MessageKey.conflictGone,
                    args: [r.name],
                });
            } else if (now.versionNumber !== r.version.versionNumber || now.modifiedOn !== r.version.modifiedOn) {
                conflicts.push({
                    table,
                    id: r.id,
                    name: r.name,
                    reason: "changed",
                    key: MessageKey.conflictChanged,
                    args: [r.name],
                });
            }
        }
    }
    return conflicts;
}

async function send(webApi: DataverseWebApi, write: Write, retry: RetryOptions | undefined): Promise<void> {
    if (write.op === "update") {
        await withRetry(() => webApi.updateRecord(write.table, write.id, write.data), retry);
        return;
    }
    try {
        await withRetry(() => webApi.createRecord(write.table, write.data), retry);
    } catch (error) {
        if ((error as DataError).errorCode !== DataverseErrorCode.duplicateRecord) throw error;
        // The id is ours: an earlier attempt did create it (its answer was lost, or the save stopped
        // later). It may hold other values than this write: they are written over it.
        const key = write.table === SyncGroup.logicalName ? SyncGroup.id : SyncMember.id;
        const data = Object.fromEntries(Object.entries(write.data).filter(([column]) => column !== key));
        await withRetry(() => webApi.updateRecord(write.table, write.id, data), retry);
    }
}

/** What is left to send after a failed save. */
export function remainingWrites(report: Extract<SaveReport, { status: "failed" }>): Write[] {
    return report.failed.write ? [report.failed.write, ...report.notTried] : [...report.notTried];
}

/** Sends writes in order until one fails. */
export async function resumeSave(
    webApi: DataverseWebApi,
    writes: readonly Write[],
    options: Omit<SaveOptions, "seed"> = {},
): Promise<SaveReport> {
    const written: Write[] = [];
    for (let i = 0; i < writes.length; i++) {
        try {
            await send(webApi, writes[i], options.retry);
        } catch (error) {
            return {
                status: "failed",
                written,
                failed: { write: writes[i], error: error as DataError },
                notTried: writes.slice(i + 1),
            };
        }
        written.push(writes[i]);
        options.onProgress?.(written.length, writes.length);
    }
    return { status: "saved", written };
}

export async function saveEdits(
    webApi: DataverseWebApi,
    loaded: LoadedOrg,
    changes: readonly EditChange[],
    options: SaveOptions,
): Promise<SaveReport> {
    const writes = planWrites(loaded, changes, options.seed);
    let conflicts: Conflict[];
    try {
        conflicts = await findConflicts(webApi, touchedRecords(loaded, writes), options.retry);
    } catch (error) {
        return { status: "failed", written: [], failed: { write: null, error: error as DataError }, notTried: writes };
    }
    if (conflicts.length > 0) return { status: "conflict", conflicts };
    return resumeSave(webApi, writes, options);
}
