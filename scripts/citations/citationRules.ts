/**
 * How code cites the rules of sync: by section of docs/semantics.md, whose sections are numbered like the shared
 * contract's. The rewrites turn a citation of the contract into one of docs/semantics.md (same section number);
 * what no rewrite can word well ("the spec's table", an issue number) is left for a person, and the checks name it.
 */

const rewrites: [RegExp, string][] = [
    // A path to the contract, relative or not, in either spelling.
    [/(?:(?:\.\.\/)+|\/work\/)?(?:shared\/)?spec\/sync-semantics\.md/g, "docs/semantics.md"],
    [/\bsync-semantics\.md/g, "docs/semantics.md"],
    // "spec §4", "Spec §7/§9", "the spec §2", "spec's §3".
    [/\b(?:[Tt]he )?[Ss]pec(?:'s)? ?(?=§)/g, "docs/semantics.md "],
];

/** The text with every citation of the contract turned into a citation of docs/semantics.md; idempotent. */
export function rewriteCitations(text: string): string {
    return rewrites.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** Each rule, and whether it also applies to string literals (test titles, printed labels) or to comments only. */
const forbidden: { pattern: RegExp; reason: string; strings: boolean }[] = [
    { pattern: /\bissues? ?#?\d+/i, reason: "cites an issue", strings: true },
    { pattern: /§ ?\d+(?:\.\d+)? of the (?:issue|brief)/i, reason: "cites an issue", strings: true },
    {
        pattern: /sync-semantics|shared\/spec/i,
        reason: "cites the shared contract: cite docs/semantics.md §N",
        strings: true,
    },
    { pattern: /\bspec(?:'s)? ?§/i, reason: "cites the spec: cite docs/semantics.md §N", strings: true },
    {
        pattern: /\bthe (?:brief|issue)\b(?! ?(?:list|panel|count|code|row|s\b))/i,
        reason: "cites an issue or the brief",
        strings: false,
    },
    {
        pattern: /(?<![-=])\bspec(?:'s)?\b(?! ?[=:.([])/i,
        reason: "cites the spec: cite docs/semantics.md §N",
        strings: false,
    },
];

/** Why this comment or string may not stand in source code (empty when it may). */
export function forbiddenCitations(text: string, kind: "comment" | "string"): string[] {
    return forbidden
        .filter((rule) => (kind === "comment" || rule.strings) && rule.pattern.test(text))
        .map((rule) => rule.reason);
}

/** The docs/semantics.md sections cited, as written after the "§" (e.g. "4", "8.9"). */
export function citedSections(text: string): string[] {
    const sections: string[] = [];
    for (const match of text.matchAll(/docs\/semantics\.md ((?:§\d+(?:\.\d+)?(?:[/,–-] ?)?)+)/g)) {
        for (const section of match[1].matchAll(/§(\d+(?:\.\d+)?)/g)) sections.push(section[1]);
    }
    return sections;
}
