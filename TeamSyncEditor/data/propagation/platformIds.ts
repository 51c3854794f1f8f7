/**
 * Reads, by name, the platform records the propagation steps are made of: the plug-in types, the
 * `sdkmessage` and `sdkmessagefilter` ids (never hard-coded: AddMembers and RemoveMembers have no id
 * known ahead), and the steps registered for the types.
 */
import { retrieveAll } from "../retrieveAll";
import { PluginType, ProcessingStep, SdkMessage, SdkMessageFilter, StepState } from "../schema";
import type { DataverseWebApi } from "../types";
import type { RequiredStep } from "./requiredSteps";

export interface RegisteredStep {
    id: string;
    pluginTypeId: string;
    messageId: string;
    filterId: string | null;
    mode: number | null;
    enabled: boolean;
}

export interface PlatformIds {
    /** Type name → plug-in type id. */
    pluginTypes: ReadonlyMap<string, string>;
    /** Message name → sdkmessage id. */
    messages: ReadonlyMap<string, string>;
    /** `filterKey(message, table)` → sdkmessagefilter id. */
    filters: ReadonlyMap<string, string>;
    steps: RegisteredStep[];
}

export function filterKey(message: string, table: string): string {
    return `${message}|${table}`;
}

/** An OData string literal (quotes doubled). */
function quoted(text: string): string {
    return `'${text.replace(/'/g, "''")}'`;
}

function anyOf(column: string, values: readonly string[], quote: boolean): string {
    return values.map((v) => `${column} eq ${quote ? quoted(v) : v}`).join(" or ");
}

const distinct = (values: readonly string[]): string[] => [...new Set(values)];
const text = (row: Record<string, unknown>, column: string): string | null =>
    typeof row[column] === "string" ? (row[column] as string).toLowerCase() : null;

/** The platform's rows a required step is matched against, as the Web API returns them. */
export interface PlatformRows {
    pluginTypes: Record<string, unknown>[];
    messages: Record<string, unknown>[];
    filters: Record<string, unknown>[];
    steps: Record<string, unknown>[];
}

/** The rows' ids by name (pure: the playground's simulated plugin reads its org's rows through it too). */
export function platformIdsOf(rows: PlatformRows): PlatformIds {
    const pluginTypes = new Map(
        rows.pluginTypes.map((row) => [String(row[PluginType.typeName]), text(row, PluginType.id) ?? ""]),
    );
    const messages = new Map(
        rows.messages.map((row) => [String(row[SdkMessage.name]), text(row, SdkMessage.id) ?? ""]),
    );
    const nameOf = new Map([...messages].map(([name, id]) => [id, name]));
    const filters = new Map<string, string>();
    for (const row of rows.filters) {
        const message = nameOf.get(text(row, SdkMessageFilter.messageValue) ?? "");
        if (message !== undefined)
            filters.set(
                filterKey(message, String(row[SdkMessageFilter.primaryTable])),
                text(row, SdkMessageFilter.id) ?? "",
            );
    }
    const steps = rows.steps.map((row) => ({
        id: text(row, ProcessingStep.id) ?? "",
        pluginTypeId: text(row, ProcessingStep.pluginTypeValue) ?? "",
        messageId: text(row, ProcessingStep.messageValue) ?? "",
        filterId: text(row, ProcessingStep.filterValue),
        mode: typeof row[ProcessingStep.mode] === "number" ? (row[ProcessingStep.mode] as number) : null,
        enabled: row[ProcessingStep.stateCode] === StepState.enabled,
    }));
    return { pluginTypes, messages, filters, steps };
}

export async function readPlatformIds(
    webApi: DataverseWebApi,
    required: readonly RequiredStep[],
    signal?: AbortSignal,
): Promise<PlatformIds> {
    const typeNames = distinct(required.map((s) => s.pluginType));
    const messageNames = distinct(required.map((s) => s.message));
    const [typeRows, messageRows] = await Promise.all([
        retrieveAll(
            webApi,
            PluginType.logicalName,
            `?$select=${PluginType.id},${PluginType.typeName}&$filter=${anyOf(PluginType.typeName, typeNames, true)}`,
            { signal },
        ),
        retrieveAll(
            webApi,
            SdkMessage.logicalName,
            `?$select=${SdkMessage.id},${SdkMessage.name}&$filter=${anyOf(SdkMessage.name, messageNames, true)}`,
            { signal },
        ),
    ]);
    const messageIds = new Map(
        messageRows.map((row) => [String(row[SdkMessage.name]), text(row, SdkMessage.id) ?? ""]),
    );
    const filtered = required.filter((s) => s.primaryTable !== null && messageIds.has(s.message));
    const tables = distinct(filtered.map((s) => s.primaryTable as string));
    const filterMessageIds = distinct(filtered.map((s) => messageIds.get(s.message) as string));
    const typeIds = typeRows.map((row) => text(row, PluginType.id) ?? "");
    const [filterRows, stepRows] = await Promise.all([
        filterMessageIds.length === 0
            ? []
            : retrieveAll(
                  webApi,
                  SdkMessageFilter.logicalName,
                  `?$select=${SdkMessageFilter.id},${SdkMessageFilter.messageValue},${SdkMessageFilter.primaryTable}&$filter=(${anyOf(SdkMessageFilter.messageValue, filterMessageIds, false)}) and (${anyOf(SdkMessageFilter.primaryTable, tables, true)})`,
                  { signal },
              ),
        typeIds.length === 0
            ? []
            : retrieveAll(
                  webApi,
                  ProcessingStep.logicalName,
                  `?$select=${ProcessingStep.id},${ProcessingStep.pluginTypeValue},${ProcessingStep.messageValue},${ProcessingStep.filterValue},${ProcessingStep.mode},${ProcessingStep.stateCode}&$filter=${anyOf(ProcessingStep.pluginTypeValue, typeIds, false)}`,
                  { signal },
              ),
    ]);
    return platformIdsOf({ pluginTypes: typeRows, messages: messageRows, filters: filterRows, steps: stepRows });
}

/**
 * The registrations of a required step: its type, message, mode, and table (none for a step on any
 * table). A step in the other mode does not stand in for it: the synchronous one logs, the
 * asynchronous one propagates.
 */
export function registrationsOf(ids: PlatformIds, step: RequiredStep): RegisteredStep[] {
    const typeId = ids.pluginTypes.get(step.pluginType);
    const messageId = ids.messages.get(step.message);
    if (typeId === undefined || messageId === undefined) return [];
    const filterId = step.primaryTable === null ? null : ids.filters.get(filterKey(step.message, step.primaryTable));
    if (filterId === undefined) return [];
    return ids.steps.filter(
        (s) =>
            s.pluginTypeId === typeId && s.messageId === messageId && s.filterId === filterId && s.mode === step.mode,
    );
}
