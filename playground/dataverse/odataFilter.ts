/**
 * The subset of OData `$filter` the in-memory Dataverse understands: comparisons (eq ne gt ge lt le)
 * between columns and literals (or two columns of the same row, as Dataverse allows), `and`, `or`,
 * `not` and parentheses; DateTimeOffset literals; `contains(column,'text')`, which ignores case as
 * Dataverse's default collation does and is false on an empty column. Anything else is rejected, so a query the fake cannot answer fails loudly
 * instead of returning wrong rows.
 */

export type Row = Record<string, unknown>;
export type Predicate = (row: Row) => boolean;

type Token =
    | { t: "(" }
    | { t: ")" }
    | { t: "," }
    | { t: "string"; v: string }
    | { t: "number"; v: number }
    | { t: "guid"; v: string }
    | { t: "literal"; v: null | boolean }
    | { t: "ident"; v: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})/;
const COMPARISONS = ["eq", "ne", "gt", "ge", "lt", "le"] as const;
type Comparison = (typeof COMPARISONS)[number];

export class ODataQueryError extends Error {}

function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === " ") {
            i++;
        } else if (c === "(" || c === ")" || c === ",") {
            tokens.push({ t: c });
            i++;
        } else if (c === "'") {
            let value = "";
            i++;
            for (;;) {
                if (i >= text.length) throw new ODataQueryError("Unterminated string literal in $filter");
                if (text[i] === "'") {
                    if (text[i + 1] === "'") {
                        value += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value += text[i++];
            }
            tokens.push({ t: "string", v: value });
        } else if (DATE_TIME.test(text.slice(i))) {
            // A DateTimeOffset literal (createdon ge 2026-01-31T00:00:00Z), compared as the stored ISO text.
            const word = (DATE_TIME.exec(text.slice(i)) as RegExpExecArray)[0];
            i += word.length;
            tokens.push({ t: "string", v: new Date(word).toISOString() });
        } else {
            const match = /^[A-Za-z0-9_.\-@]+/.exec(text.slice(i));
            if (!match) throw new ODataQueryError(`Unexpected '${c}' in $filter`);
            const word = match[0];
            i += word.length;
            if (GUID.test(word)) tokens.push({ t: "guid", v: word.toLowerCase() });
            else if (NUMBER.test(word)) tokens.push({ t: "number", v: Number(word) });
            else if (word === "null") tokens.push({ t: "literal", v: null });
            else if (word === "true" || word === "false") tokens.push({ t: "literal", v: word === "true" });
            else tokens.push({ t: "ident", v: word });
        }
    }
    return tokens;
}

type Operand = (row: Row) => unknown;

function normalise(value: unknown): unknown {
    return typeof value === "string" && GUID.test(value) ? value.toLowerCase() : value;
}

function compare(op: Comparison, left: unknown, right: unknown): boolean {
    const a = normalise(left ?? null);
    const b = normalise(right ?? null);
    if (op === "eq") return a === b;
    if (op === "ne") return a !== b;
    if (a === null || b === null) return false;
    const x = a as number | string;
    const y = b as number | string;
    if (op === "gt") return x > y;
    if (op === "ge") return x >= y;
    if (op === "lt") return x < y;
    return x <= y;
}

/** Parses a `$filter` expression into a predicate over stored rows. */
export function parseFilter(text: string): Predicate {
    const tokens = tokenize(text);
    let pos = 0;
    const peek = (): Token | undefined => tokens[pos];
    const isWord = (word: string): boolean => {
        const token = peek();
        return token !== undefined && token.t === "ident" && token.v === word;
    };

    function operand(): Operand {
        const token = tokens[pos++];
        if (!token) throw new ODataQueryError("Unexpected end of $filter");
        switch (token.t) {
            case "ident": {
                const column = token.v;
                return (row) => row[column];
            }
            case "string":
            case "number":
            case "guid":
            case "literal": {
                const value = token.v;
                return () => value;
            }
            default:
                throw new ODataQueryError(`Unexpected '${token.t}' in $filter`);
        }
    }

    function primary(): Predicate {
        const token = peek();
        if (token?.t === "(") {
            pos++;
            const inner = orExpression();
            if (peek()?.t !== ")") throw new ODataQueryError("Missing ')' in $filter");
            pos++;
            return inner;
        }
        if (token?.t === "ident" && token.v === "contains" && tokens[pos + 1]?.t === "(") return containsCall();
        const left = operand();
        const opToken = tokens[pos++];
        const op = opToken?.t === "ident" ? (COMPARISONS as readonly string[]).find((c) => c === opToken.v) : undefined;
        if (!op) throw new ODataQueryError("Only eq, ne, gt, ge, lt and le comparisons are supported in $filter");
        const right = operand();
        return (row) => compare(op as Comparison, left(row), right(row));
    }

    function expect(t: "," | ")"): void {
        if (tokens[pos++]?.t !== t) throw new ODataQueryError(`Missing '${t}' in contains() of $filter`);
    }

    function containsCall(): Predicate {
        pos += 2;
        const column = operand();
        expect(",");
        const text = operand();
        expect(")");
        return (row) => {
            const value = column(row);
            const wanted = text(row);
            return (
                typeof value === "string" &&
                typeof wanted === "string" &&
                value.toLowerCase().includes(wanted.toLowerCase())
            );
        };
    }

    function unary(): Predicate {
        if (isWord("not")) {
            pos++;
            const inner = unary();
            return (row) => !inner(row);
        }
        return primary();
    }

    function andExpression(): Predicate {
        const parts = [unary()];
        while (isWord("and")) {
            pos++;
            parts.push(unary());
        }
        return parts.length === 1 ? parts[0] : (row) => parts.every((p) => p(row));
    }

    function orExpression(): Predicate {
        const parts = [andExpression()];
        while (isWord("or")) {
            pos++;
            parts.push(andExpression());
        }
        return parts.length === 1 ? parts[0] : (row) => parts.some((p) => p(row));
    }

    const predicate = orExpression();
    if (pos !== tokens.length) throw new ODataQueryError("Unexpected text at the end of $filter");
    return predicate;
}
