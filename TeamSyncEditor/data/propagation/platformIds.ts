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
const text = (row: Record<string, unknown>, column: string): string | null => (typeof row[column] === "string" ? (row[column] as string).toLowerCase() : null);

export async function readPlatformIds(webApi: DataverseWebApi, required: readonly RequiredStep[], signal?: AbortSignal): Promise<PlatformIds> {
    const typeNames = distinct(required.map((s) => s.pluginType));
    const messageNames = distinct(required.map((s) => s.message));
    const [typeRows, messageRows] = await Promise.all([
        retrieveAll(webApi, PluginType.logicalName, `?$select=${PluginType.id},${PluginType.typeName}&$filter=${anyOf(PluginType.typeName, typeNames, true)}`, { signal }),
        retrieveAll(webApi, SdkMessage.logicalName, `?$select=${SdkMessage.id},${SdkMessage.name}&$filter=${anyOf(SdkMessage.name, messageNames, true)}`, { signal }),
    ]);
    const pluginTypes = new Map(typeRows.map((row) => [String(row[PluginType.typeName]), text(row, PluginType.id) ?? ""]));
    const messages = new Map(messageRows.map((row) => [String(row[SdkMessage.name]), text(row, SdkMessage.id) ?? ""]));

    const filtered = required.filter((s) => s.primaryTable !== null && messages.has(s.message));
    const tables = distinct(filtered.map((s) => s.primaryTable as string));
    const filterMessageIds = distinct(filtered.map((s) => messages.get(s.message) as string));
    const filters = new Map<string, string>();
    if (filterMessageIds.length > 0) {
        const rows = await retrieveAll(
            webApi,
            SdkMessageFilter.logicalName,
            `?$select=${SdkMessageFilter.id},${SdkMessageFilter.messageValue},${SdkMessageFilter.primaryTable}&$filter=(${anyOf(SdkMessageFilter.messageValue, filterMessageIds, false)}) and (${anyOf(SdkMessageFilter.primaryTable, tables, true)})`,
            { signal },
        );
        const nameOf = new Map([...messages].map(([name, id]) => [id, name]));
        for (const row of rows) {
            const message = nameOf.get(text(row, SdkMessageFilter.messageValue) ?? "");
            if (message !== undefined) filters.set(filterKey(message, String(row[SdkMessageFilter.primaryTable])), text(row, SdkMessageFilter.id) ?? "");
        }
    }

    const typeIds = [...pluginTypes.values()];
    const stepRows =
        typeIds.length === 0
            ? []
            : await retrieveAll(
                  webApi,
                  ProcessingStep.logicalName,
                  `?$select=${ProcessingStep.id},${ProcessingStep.pluginTypeValue},${ProcessingStep.messageValue},${ProcessingStep.filterValue},${ProcessingStep.mode},${ProcessingStep.stateCode}&$filter=${anyOf(ProcessingStep.pluginTypeValue, typeIds, false)}`,
                  { signal },
              );
    const steps = stepRows.map((row) => ({
        id: text(row, ProcessingStep.id) ?? "",
        pluginTypeId: text(row, ProcessingStep.pluginTypeValue) ?? "",
        messageId: text(row, ProcessingStep.messageValue) ?? "",
        filterId: text(row, ProcessingStep.filterValue),
        mode: typeof row[ProcessingStep.mode] === "number" ? (row[ProcessingStep.mode] as number) : null,
        enabled: row[ProcessingStep.stateCode] === StepState.enabled,
    }));
    return { pluginTypes, messages, filters, steps };
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
    return ids.steps.filter((s) => s.pluginTypeId === typeId && s.messageId === messageId && s.filterId === filterId && s.mode === step.mode);
}
