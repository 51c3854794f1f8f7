import { LayoutLink } from "./types";

/**
 * One link per unordered pair of known, distinct nodes, in input order: a Bidirectional pair
 * (or a pair linked both ways) is one edge for layering, drawn from its first-listed parent.
 */
export function collapseLinks(nodeIds: ReadonlySet<string>, links: readonly LayoutLink[]): LayoutLink[] {
    const seen = new Set<string>();
    const result: LayoutLink[] = [];
    for (const link of links) {
        if (link.source === link.target || !nodeIds.has(link.source) || !nodeIds.has(link.target)) continue;
        const key =
            link.source < link.target ? `${link.source}\u0000${link.target}` : `${link.target}\u0000${link.source}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.push({ source: link.source, target: link.target });
    }
    return result;
}
