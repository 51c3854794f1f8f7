import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

const resxPath = path.resolve(__dirname, "..", "..", "..", "TeamSyncEditor", "strings", "TeamSyncEditor.1033.resx");

/**
 * The control's user-facing strings, from its resx: tests find the editor's parts by the same
 * accessible names users meet, and keep passing when a wording changes.
 */
export class ControlStrings {
    private readonly values: Map<string, string>;

    constructor() {
        const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
            readFileSync(resxPath, "utf8"),
        ) as {
            root: { data: { name: string; value: string | number }[] | { name: string; value: string | number } };
        };
        const data = Array.isArray(parsed.root.data) ? parsed.root.data : [parsed.root.data];
        this.values = new Map(data.map((entry) => [entry.name, String(entry.value)]));
    }

    get(key: string): string {
        const value = this.values.get(key);
        if (value === undefined) throw new Error(`The resx has no string ${key}.`);
        return value;
    }

    /** A string with `{0}`, `{1}`… filled in. */
    format(key: string, ...args: (string | number)[]): string {
        return this.get(key).replace(/\{(\d+)\}/g, (match, index: string) =>
            Number(index) < args.length ? String(args[Number(index)]) : match,
        );
    }

    /** A pattern finding the string, whatever fills its `{0}`, `{1}`…, within a longer text too. */
    pattern(key: string): RegExp {
        const parts = this.get(key)
            .split(/\{\d+\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
        return new RegExp(parts.join(".+?"));
    }

    /** A pattern finding the string of a count, for one (`<key>_One`) or any other number (`<key>`). */
    countPattern(key: string): RegExp {
        return new RegExp(`${this.pattern(`${key}_One`).source}|${this.pattern(key).source}`);
    }

    /** "1 membership", "3 memberships": a count as the control says it (`Count_<noun>_One`, `Count_<noun>`). */
    counted(noun: string, count: number): string {
        return this.format(count === 1 ? `Count_${noun}_One` : `Count_${noun}`, count);
    }

    /** The numbers leading what fills `{0}`, `{1}`… of the string `key` in `text` ("37 memberships"), in placeholder order. */
    numbersIn(key: string, text: string): number[] {
        const placeholders = [...this.get(key).matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
        const parts = this.get(key)
            .split(/\{\d+\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
        const match = new RegExp(parts.join("(\\d+)(?: [^ ,.:;]+)?")).exec(text);
        if (!match) throw new Error(`"${text}" does not read as ${key}.`);
        const numbers: number[] = [];
        placeholders.forEach((placeholder, i) => (numbers[placeholder] = Number(match[i + 1])));
        return numbers;
    }
}
