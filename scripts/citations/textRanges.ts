import ts from "typescript";

/** A comment or a string literal of a source file: where it is and which of the two it is. */
export interface TextRange {
    kind: "comment" | "string";
    start: number;
    end: number;
}

/**
 * The comments and string literals of a TypeScript, JavaScript or C# file, in file order. Citations live in
 * these two places only; identifiers and code never cite anything, so a rule that reads only these ranges
 * cannot be fooled by a variable that happens to share a word.
 */
export function textRanges(path: string, text: string): TextRange[] {
    return path.endsWith(".cs") ? csharpRanges(text) : scriptRanges(path, text);
}

const stringKinds = new Set([
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateHead,
    ts.SyntaxKind.TemplateMiddle,
    ts.SyntaxKind.TemplateTail,
]);

function scriptRanges(path: string, text: string): TextRange[] {
    const kind = path.endsWith(".tsx")
        ? ts.ScriptKind.TSX
        : /\.[cm]?js$/.test(path)
          ? ts.ScriptKind.JS
          : ts.ScriptKind.TS;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kind);
    const ranges: TextRange[] = [];
    const seen = new Set<number>();
    // Every comment is trivia of some token, leading (after a line break) or trailing (on the token's line), so
    // visiting every token, punctuation included, finds them all, JSX `{/* ... */}` too.
    const visit = (node: ts.Node): void => {
        const children = node.getChildren(source);
        if (children.length > 0 && node.kind !== ts.SyntaxKind.JSDoc) {
            children.forEach(visit);
            return;
        }
        const leading = ts.getLeadingCommentRanges(text, node.pos) ?? [];
        const trailing = ts.getTrailingCommentRanges(text, node.end) ?? [];
        for (const comment of [...leading, ...trailing]) {
            if (seen.has(comment.pos)) continue;
            seen.add(comment.pos);
            ranges.push({ kind: "comment", start: comment.pos, end: comment.end });
        }
        if (stringKinds.has(node.kind)) ranges.push({ kind: "string", start: node.getStart(source), end: node.end });
    };
    visit(source);
    return ranges.sort((a, b) => a.start - b.start);
}

/** A small C# lexer: enough to tell comments and strings (regular, verbatim, interpolated, raw) from code. */
function csharpRanges(text: string): TextRange[] {
    const ranges: TextRange[] = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        const next = text[i + 1];
        if (c === "/" && next === "/") {
            const end = text.indexOf("\n", i);
            const stop = end === -1 ? text.length : end;
            ranges.push({ kind: "comment", start: i, end: stop });
            i = stop;
        } else if (c === "/" && next === "*") {
            const end = text.indexOf("*/", i + 2);
            const stop = end === -1 ? text.length : end + 2;
            ranges.push({ kind: "comment", start: i, end: stop });
            i = stop;
        } else if (c === "'") {
            i = skipQuoted(text, i + 1, "'", true);
        } else if (c === '"' || ((c === "@" || c === "$") && /^[@$]{0,2}"/.test(text.slice(i, i + 3)))) {
            const start = i;
            let verbatim = false;
            while (text[i] === "@" || text[i] === "$") verbatim = verbatim || text[i++] === "@";
            if (text.startsWith('"""', i)) {
                let quotes = 0;
                while (text[i + quotes] === '"') quotes++;
                const end = text.indexOf('"'.repeat(quotes), i + quotes);
                i = end === -1 ? text.length : end + quotes;
            } else {
                i = skipQuoted(text, i + 1, '"', !verbatim);
            }
            ranges.push({ kind: "string", start, end: i });
        } else {
            i++;
        }
    }
    return ranges;
}

/** The index just after the closing quote; a verbatim string doubles its quotes instead of escaping them. */
function skipQuoted(text: string, from: number, quote: string, escapes: boolean): number {
    let i = from;
    while (i < text.length) {
        if (escapes && text[i] === "\\") i += 2;
        else if (text[i] === quote && !escapes && text[i + 1] === quote) i += 2;
        else if (text[i] === quote) return i + 1;
        else if (escapes && text[i] === "\n") return i;
        else i++;
    }
    return i;
}
