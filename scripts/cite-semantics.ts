// `npm run cite-semantics`: rewrites every citation of the shared contract in the comments and strings of the
// TypeScript, JavaScript and C# files ("spec §4", "../shared/spec/sync-semantics.md") into a citation of
// docs/semantics.md, same section. Idempotent. Then lists what it cannot reword (issue numbers, "the spec's
// order"): tests/repository/citations.test.ts fails on those until a person rewords them.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { forbiddenCitations, rewriteCitations } from "./citations/citationRules";
import { sourceFiles } from "./citations/sourceFiles";
import { textRanges } from "./citations/textRanges";

const root = join(__dirname, "..");
let rewritten = 0;
const leftOver: string[] = [];
for (const file of sourceFiles(root)) {
    const text = readFileSync(join(root, file), "utf8");
    let result = text;
    // Back to front, so that a rewrite (which changes lengths) leaves the earlier ranges where they were.
    for (const range of textRanges(file, text).reverse()) {
        const before = result.slice(range.start, range.end);
        const after = rewriteCitations(before);
        if (after !== before) result = result.slice(0, range.start) + after + result.slice(range.end);
        for (const reason of forbiddenCitations(after, range.kind)) {
            leftOver.push(
                `${file}:${text.slice(0, range.start).split("\n").length}: ${reason}: ${after.replace(/\s+/g, " ").slice(0, 120)}`,
            );
        }
    }
    if (result !== text) {
        writeFileSync(join(root, file), result);
        rewritten++;
    }
}
console.log(`cite-semantics: ${rewritten} file(s) rewritten.`);
if (leftOver.length > 0) {
    console.log(`${leftOver.length} citation(s) to reword by hand (cite docs/semantics.md §N, never an issue):`);
    for (const line of leftOver.sort()) console.log(`  ${line}`);
}
