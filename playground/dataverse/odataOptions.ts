/**
 * Splits a Web API query string (`?$select=…&$filter=…&$expand=nav($select=…)`) into its options.
 */
import { ODataQueryError } from "./odataFilter";

export interface ExpandOption {
    navigation: string;
    select: string[] | null;
}

export interface OrderByOption {
    column: string;
    descending: boolean;
}

export interface QueryOptions {
    select: string[] | null;
    filter: string | null;
    orderBy: OrderByOption[];
    expand: ExpandOption[];
    top: number | null;
    /** The fake's paging position, carried in nextLink. */
    skipToken: number;
}

/** Splits on `separator` outside parentheses and quotes. */
function splitTopLevel(text: string, separator: string): string[] {
    const parts: string[] = [];
    let depth = 0;
    let quoted = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "'") quoted = !quoted;
        else if (!quoted && c === "(") depth++;
        else if (!quoted && c === ")") depth--;
        else if (!quoted && depth === 0 && c === separator) {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(text.slice(start));
    return parts.filter((p) => p.length > 0);
}

function decode(value: string): string {
    try {
        return decodeURIComponent(value);
    } catch {
        return value;
    }
}

function parseSelect(value: string): string[] {
    return value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}

function parseExpand(value: string): ExpandOption[] {
    return splitTopLevel(value, ",").map((item) => {
        const open = item.indexOf("(");
        if (open < 0) return { navigation: item.trim(), select: null };
        const navigation = item.slice(0, open).trim();
        const inner = item.slice(open + 1, item.lastIndexOf(")"));
        let select: string[] | null = null;
        for (const option of splitTopLevel(inner, ";")) {
            const [key, ...rest] = option.split("=");
            if (key.trim() !== "$select") throw new ODataQueryError(`Unsupported option ${key} inside $expand`);
            select = parseSelect(rest.join("="));
        }
        return { navigation, select };
    });
}

export function parseQueryOptions(query: string | undefined): QueryOptions {
    const options: QueryOptions = { select: null, filter: null, orderBy: [], expand: [], top: null, skipToken: 0 };
    const text = (query ?? "").replace(/^\?/, "");
    for (const part of splitTopLevel(text, "&")) {
        const eq = part.indexOf("=");
        const key = eq < 0 ? part : part.slice(0, eq);
        const value = eq < 0 ? "" : decode(part.slice(eq + 1));
        switch (key) {
            case "$select":
                options.select = parseSelect(value);
                break;
            case "$filter":
                options.filter = value;
                break;
            case "$orderby":
                options.orderBy = value.split(",").map((item) => {
                    const [column, direction] = item.trim().split(/\s+/);
                    return { column, descending: direction === "desc" };
                });
                break;
            case "$expand":
                options.expand = parseExpand(value);
                break;
            case "$top":
                options.top = Number(value);
                break;
            case "$skiptoken":
                options.skipToken = Number(value);
                break;
            default:
                throw new ODataQueryError(`Unsupported query option ${key}`);
        }
    }
    return options;
}
