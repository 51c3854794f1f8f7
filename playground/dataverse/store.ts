/**
 * The in-memory Dataverse: tables of rows shaped as the Web API returns them (lookups stored as
 * `_x_value`), a row version stamped on every write, OData queries, and change notifications.
 *
 * Why a fake of our own rather than `@shko.online/componentframework-mock` (0.9.0): that package
 * pulls in alasql, sinon and xlsx, which the playground would have to bundle for the browser, and
 * its OData layer (`@shko.online/dataverse-odata` 0.1) does not give us what the tests need to
 * count and shape: `maxPageSize` paging through `nextLink`, `$expand` across N:N relationships,
 * queries on the `teammembership` intersect table, 429 with Retry-After, and a state that
 * serialises to JSON for localStorage with a subscription for the simulated plugin. This store is
 * pure TypeScript with no Node APIs, so the same code runs in jest and in the browser.
 */
import { FakeWebApiError, badRequest, duplicateRecord, recordGone } from "./fakeErrors";
import { ODataQueryError, Row, parseFilter } from "./odataFilter";
import { JobQueue, JobQueueOptions } from "./jobQueue";
import { parseQueryOptions } from "./odataOptions";
import { SystemUser, SystemUserRoles } from "../../TeamSyncEditor/data/schema";
import { TableDefinition, lookupValueColumn, tableByEntitySet, tableByLogicalName } from "./metadata";

export type { Row } from "./odataFilter";

export interface StoreState {
    /** Logical name → primary id → row. */
    tables: Record<string, Record<string, Row>>;
    /** Last row version given out (Dataverse's versionnumber grows across the organisation). */
    version: number;
    /** Counter behind generated ids. */
    nextId: number;
}

export type StoreChangeKind = "create" | "update" | "delete";

export interface StoreChange {
    kind: StoreChangeKind;
    table: string;
    id: string;
    /** Of an update: the columns written, by logical name (a lookup by its navigation property's name). */
    columns?: string[];
}

/** A create or update as a PreOperation step sees it: the row's table, its id (of an update) and the body, a copy the step may change. */
export interface IncomingWrite {
    kind: "create" | "update";
    table: string;
    id?: string;
    data: Row;
}

export interface StoreOptions {
    now?: () => Date;
    jobs?: JobQueueOptions;
}

export class StoreError extends Error {
    constructor(public readonly error: FakeWebApiError) {
        super(error.message);
    }
}

function emptyState(): StoreState {
    return { tables: {}, version: 1000, nextId: 1 };
}

function requireTable(logicalName: string): TableDefinition {
    const table = tableByLogicalName(logicalName);
    if (!table) throw new StoreError(badRequest(`Could not find a table named '${logicalName}'.`));
    return table;
}

/** `/teams(…)` or `teams(…)` → the target id, checking the entity set. */
function parseBind(value: string): { entitySet: string; id: string } {
    const match = /^\/?([A-Za-z0-9_]+)\(([^)]+)\)$/.exec(value);
    if (!match) throw new StoreError(badRequest(`Malformed @odata.bind value '${value}'.`));
    return { entitySet: match[1], id: match[2].toLowerCase() };
}

export class DataverseStore {
    private state: StoreState;
    private readonly listeners = new Set<(change: StoreChange) => void>();
    private readonly guards = new Set<(change: StoreChange) => void>();
    private readonly preOperations = new Set<(write: IncomingWrite) => void>();
    private readonly now: () => Date;
    /** The last timestamp written: seeding writes thousands of rows within the same millisecond. */
    private lastTime = { ms: Number.NaN, iso: "" };
    /** The org's asynchronous service: the plugin's asynchronous steps run from it, after the request that queued them. */
    readonly jobs: JobQueue;

    constructor(state: StoreState = emptyState(), options: StoreOptions = {}) {
        this.state = structuredCloneJson(state);
        this.now = options.now ?? (() => new Date());
        this.jobs = new JobQueue(options.jobs);
    }

    /** A snapshot that survives JSON.stringify/parse (localStorage). */
    toJSON(): StoreState {
        return structuredCloneJson(this.state);
    }

    static fromJSON(state: StoreState, options?: StoreOptions): DataverseStore {
        return new DataverseStore(state, options);
    }

    /** The state as localStorage keeps it, written straight from the rows (no copy first). */
    serialize(): string {
        return JSON.stringify(this.state);
    }

    /** A store over `serialize`'s text: the freshly parsed state is the store's own, so it is not copied again. */
    static parse(text: string, options?: StoreOptions): DataverseStore {
        const store = new DataverseStore(emptyState(), options);
        store.state = JSON.parse(text) as StoreState;
        return store;
    }

    /** Called after every change; returns the unsubscribe function. */
    subscribe(listener: (change: StoreChange) => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    /**
     * Called on every create, update and delete, with the row already changed and before any
     * listener hears of it (a synchronous PreOperation step): a guard that throws refuses the write,
     * which is taken back. Returns the function that removes the guard.
     */
    guard(check: (change: StoreChange) => void): () => void {
        this.guards.add(check);
        return () => this.guards.delete(check);
    }

    /**
     * Called with a create's or update's body before it is applied, as a synchronous PreOperation step sees the
     * Target: a step may take columns out of it. Returns the function that removes the step.
     */
    preOperation(step: (write: IncomingWrite) => void): () => void {
        this.preOperations.add(step);
        return () => this.preOperations.delete(step);
    }

    /** The body the core operation applies: the caller's, as the PreOperation steps left it. */
    private target(kind: IncomingWrite["kind"], table: string, body: Row, id?: string): Row {
        if (this.preOperations.size === 0) return body;
        const write: IncomingWrite = { kind, table, data: { ...body }, ...(id === undefined ? {} : { id }) };
        for (const step of [...this.preOperations]) step(write);
        return write.data;
    }

    newId(): string {
        const n = this.state.nextId++;
        return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
    }

    /** Creates a row from a Web API body (`x@odata.bind` sets lookups); returns its id. */
    create(logicalName: string, body: Row): string {
        const table = requireTable(logicalName);
        const data = this.target("create", logicalName, body);
        if (table.intersectKey)
            throw new StoreError(badRequest(`${logicalName} rows are made by associating records.`));
        const rows = this.rowsOf(table);
        const given = data[table.primaryId];
        const id = typeof given === "string" ? given.toLowerCase() : this.newId();
        if (rows[id]) throw new StoreError(duplicateRecord(logicalName, id));
        const row: Row = { [table.primaryId]: id };
        this.assign(table, row, data);
        row[table.primaryId] = id;
        if (table.versioned) {
            row.createdon = row.createdon ?? this.timestamp();
            row.statecode = row.statecode ?? 0;
            row.statuscode = row.statuscode ?? 1;
            this.stamp(row);
        }
        rows[id] = row;
        this.commit({ kind: "create", table: logicalName, id }, () => delete rows[id]);
        return id;
    }

    update(logicalName: string, id: string, body: Row): void {
        const table = requireTable(logicalName);
        const data = this.target("update", logicalName, body, id);
        const rows = this.rowsOf(table);
        const key = id.toLowerCase();
        const row = rows[key];
        if (!row) throw new StoreError(recordGone(logicalName, id));
        const previous = { ...row };
        this.assign(table, row, data);
        if (table.versioned) this.stamp(row);
        const columns = Object.keys(data).map((column) =>
            column.endsWith("@odata.bind") ? column.slice(0, -"@odata.bind".length) : column,
        );
        if (logicalName === SystemUser.logicalName && columns.includes(SystemUser.businessUnit)) this.dropRoles(key);
        this.commit({ kind: "update", table: logicalName, id: key, columns }, () => (rows[key] = previous));
    }

    /** Dataverse takes a user's security roles away when the user moves to another business unit, with no Disassociate. */
    private dropRoles(user: string): void {
        const rows = this.rowsOf(requireTable(SystemUserRoles.logicalName));
        for (const [key, row] of Object.entries(rows)) if (row[SystemUserRoles.userId] === user) delete rows[key];
    }

    /** Deletes a row; rows that point at it keep the id (as a lookup to a deleted record would). */
    delete(logicalName: string, id: string): void {
        const table = requireTable(logicalName);
        const rows = this.rowsOf(table);
        const key = id.toLowerCase();
        const previous = rows[key];
        if (!previous) throw new StoreError(recordGone(logicalName, id));
        delete rows[key];
        this.commit({ kind: "delete", table: logicalName, id: key }, () => (rows[key] = previous));
    }

    retrieve(logicalName: string, id: string): Row | undefined {
        const row = this.rowsOf(requireTable(logicalName))[id.toLowerCase()];
        return row ? { ...row } : undefined;
    }

    rows(logicalName: string): Row[] {
        return Object.values(this.rowsOf(requireTable(logicalName))).map((row) => ({ ...row }));
    }

    /** Adds a row to an intersect table (team membership, user role); no-op when present. */
    associate(intersectLogicalName: string, first: string, second: string): void {
        const table = requireTable(intersectLogicalName);
        if (!table.intersectKey) throw new StoreError(badRequest(`${intersectLogicalName} is not an intersect table.`));
        const [a, b] = table.intersectKey;
        const id = this.intersectId(first, second);
        const rows = this.rowsOf(table);
        if (rows[id]) return;
        rows[id] = { [table.primaryId]: id, [a]: first.toLowerCase(), [b]: second.toLowerCase() };
        this.emit({ kind: "create", table: intersectLogicalName, id });
    }

    disassociate(intersectLogicalName: string, first: string, second: string): void {
        const table = requireTable(intersectLogicalName);
        const id = this.intersectId(first, second);
        const rows = this.rowsOf(table);
        if (!rows[id]) return;
        delete rows[id];
        this.emit({ kind: "delete", table: intersectLogicalName, id });
    }

    /** Every row matching a Web API query string, before paging; throws on what it cannot answer. */
    query(
        logicalName: string,
        queryString: string | undefined,
    ): { rows: Row[]; skipToken: number; top: number | null } {
        const table = requireTable(logicalName);
        let options;
        let predicate;
        try {
            options = parseQueryOptions(queryString);
            predicate = options.filter ? parseFilter(options.filter) : () => true;
        } catch (e) {
            if (e instanceof ODataQueryError) throw new StoreError(badRequest(e.message));
            throw e;
        }
        let rows = Object.values(this.rowsOf(table)).filter(predicate);
        if (options.orderBy.length > 0) {
            const order = options.orderBy;
            rows = [...rows].sort((x, y) => {
                for (const { column, descending } of order) {
                    const a = x[column] as string | number | null | undefined;
                    const b = y[column] as string | number | null | undefined;
                    if (a === b) continue;
                    const less = a === null || a === undefined || (b !== null && b !== undefined && a < b);
                    return (less ? -1 : 1) * (descending ? -1 : 1);
                }
                return 0;
            });
        }
        const shaped = rows.map((row) => this.shape(table, row, options.select, options.expand));
        return { rows: shaped, skipToken: options.skipToken, top: options.top };
    }

    private shape(
        table: TableDefinition,
        row: Row,
        select: string[] | null,
        expand: { navigation: string; select: string[] | null }[],
    ): Row {
        const result: Row = { [table.primaryId]: row[table.primaryId] };
        if (table.versioned) result["@odata.etag"] = `W/"${String(row.versionnumber)}"`;
        for (const column of select ?? Object.keys(row)) result[column] = row[column] ?? null;
        for (const { navigation, select: innerSelect } of expand) {
            const lookup = table.lookups[navigation];
            const manyToMany = table.manyToMany[navigation];
            if (lookup) {
                const target = requireTable(lookup.target);
                const targetId = row[lookupValueColumn(navigation, table)];
                const targetRow = typeof targetId === "string" ? this.rowsOf(target)[targetId] : undefined;
                result[navigation] = targetRow ? this.shape(target, targetRow, innerSelect, []) : null;
            } else if (manyToMany) {
                const target = requireTable(manyToMany.target);
                const selfId = row[table.primaryId];
                const links = Object.values(this.rowsOf(requireTable(manyToMany.intersect))).filter(
                    (link) => link[manyToMany.selfColumn] === selfId,
                );
                result[navigation] = links
                    .map((link) => this.rowsOf(target)[link[manyToMany.otherColumn] as string])
                    .filter((r): r is Row => r !== undefined)
                    .map((r) => this.shape(target, r, innerSelect, []));
            } else {
                throw new StoreError(badRequest(`Could not find a navigation property named '${navigation}'.`));
            }
        }
        return result;
    }

    private assign(table: TableDefinition, row: Row, data: Row): void {
        for (const [key, value] of Object.entries(data)) {
            if (key.endsWith("@odata.bind")) {
                const navigation = key.slice(0, -"@odata.bind".length);
                const lookup = table.lookups[navigation];
                if (!lookup)
                    throw new StoreError(badRequest(`Could not find a navigation property named '${navigation}'.`));
                if (value === null) {
                    row[lookupValueColumn(navigation, table)] = null;
                    continue;
                }
                const { entitySet, id } = parseBind(String(value));
                const target = tableByEntitySet(entitySet);
                if (!target || target.logicalName !== lookup.target) {
                    throw new StoreError(badRequest(`'${entitySet}' cannot be bound to '${navigation}'.`));
                }
                if (!this.rowsOf(target)[id]) throw new StoreError(recordGone(target.logicalName, id));
                row[lookupValueColumn(navigation, table)] = id;
            } else if (key !== table.primaryId) {
                row[key] = value;
            }
        }
    }

    private stamp(row: Row): void {
        this.state.version += 1;
        row.versionnumber = this.state.version;
        row.modifiedon = this.timestamp();
    }

    private timestamp(): string {
        const ms = this.now().getTime();
        if (ms !== this.lastTime.ms) this.lastTime = { ms, iso: new Date(ms).toISOString() };
        return this.lastTime.iso;
    }

    private intersectId(first: string, second: string): string {
        return `${first.toLowerCase()}|${second.toLowerCase()}`;
    }

    private rowsOf(table: TableDefinition): Record<string, Row> {
        return (this.state.tables[table.logicalName] ??= {});
    }

    /** Runs the guards on a change just made: one that throws refuses it, which `undo` takes back; otherwise the listeners hear of it. */
    private commit(change: StoreChange, undo: () => void): void {
        try {
            for (const check of [...this.guards]) check(change);
        } catch (e) {
            undo();
            throw e;
        }
        this.emit(change);
    }

    private emit(change: StoreChange): void {
        for (const listener of [...this.listeners]) listener(change);
    }
}

function structuredCloneJson<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}
