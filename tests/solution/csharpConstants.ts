/** The constants of a C# source file (`const string`/`const int`), with the static classes they sit in. */
export interface CSharpConstant {
    /** Enclosing classes, outermost first: ["Schema", "Log"]. */
    classes: string[];
    name: string;
    value: string | number;
}

export function csharpConstants(source: string): CSharpConstant[] {
    const constants: CSharpConstant[] = [];
    const open: { name: string; depth: number }[] = [];
    let depth = 0;
    let pendingClass: string | undefined;
    for (const line of source.split("\n")) {
        const classMatch = /\bclass\s+(\w+)/.exec(line);
        if (classMatch) pendingClass = classMatch[1];
        const constant = /\bconst\s+(string|int)\s+(\w+)\s*=\s*("([^"]*)"|-?\d+)\s*;/.exec(line);
        if (constant) {
            constants.push({
                classes: open.map((c) => c.name),
                name: constant[2],
                value: constant[1] === "string" ? (constant[4] ?? "") : Number(constant[3]),
            });
        }
        for (const ch of line) {
            if (ch === "{") {
                depth++;
                if (pendingClass !== undefined) {
                    open.push({ name: pendingClass, depth });
                    pendingClass = undefined;
                }
            } else if (ch === "}") {
                if (open.length > 0 && open[open.length - 1].depth === depth) open.pop();
                depth--;
            }
        }
    }
    return constants;
}
