/** The Members tab's table state (pure): filter, sort and page the explained members. */
import { MemberExplanation } from "./types";

export type MemberSortKey = "name" | "provenance" | "changed" | "status";

export interface MemberTableQuery {
    /** Case-insensitive text the row's shown text must contain; blank shows every row. */
    filter: string;
    sortKey: MemberSortKey;
    descending: boolean;
    /** 0-based; clamped to the last page. */
    page: number;
    pageSize: number;
}

export interface MemberTablePage {
    rows: MemberExplanation[];
    /** Rows matching the filter, on every page. */
    matching: number;
    page: number;
    pageCount: number;
}

/** `text` is the row as shown (name, provenance, explanation), so the filter finds what the admin reads. */
export function memberTablePage(
    rows: readonly MemberExplanation[],
    query: MemberTableQuery,
    text: (row: MemberExplanation) => string,
): MemberTablePage {
    const needle = query.filter.trim().toLocaleLowerCase();
    const matching = needle === "" ? [...rows] : rows.filter((row) => text(row).toLocaleLowerCase().includes(needle));
    const compare = comparators[query.sortKey];
    matching.sort(
        (a, b) =>
            (query.descending ? -1 : 1) * compare(a, b) ||
            byName(a, b) ||
            (a.user < b.user ? -1 : a.user > b.user ? 1 : 0),
    );
    const pageCount = Math.max(1, Math.ceil(matching.length / query.pageSize));
    const page = Math.min(Math.max(0, query.page), pageCount - 1);
    return {
        rows: matching.slice(page * query.pageSize, (page + 1) * query.pageSize),
        matching: matching.length,
        page,
        pageCount,
    };
}

function byName(a: MemberExplanation, b: MemberExplanation): number {
    return a.name.localeCompare(b.name);
}

/** Out-of-sync rows first in ascending status order, then removals before additions. */
function statusRank(row: MemberExplanation): number {
    return row.outOfSync === null ? 2 : row.outOfSync.kind === "remove" ? 0 : 1;
}

/** Manual, then sync, then users who are not members yet. */
function provenanceRank(row: MemberExplanation): number {
    return row.provenance === "manual" ? 0 : row.provenance === "sync" ? 1 : 2;
}

const comparators: Record<MemberSortKey, (a: MemberExplanation, b: MemberExplanation) => number> = {
    name: byName,
    provenance: (a, b) => provenanceRank(a) - provenanceRank(b),
    changed: (a, b) => (a.cause?.createdOn ?? "").localeCompare(b.cause?.createdOn ?? ""),
    status: (a, b) => statusRank(a) - statusRank(b),
};
