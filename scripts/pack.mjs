// `npm run pack [-- --no-build]`: the importable solution zips. The logic is TypeScript in
// scripts/pack/ (shared with the tests, which load it as CommonJS); tsx runs it without a compile step.
import { createRequire } from "node:module";
import { register } from "tsx/cjs/api";

register();
const { main } = createRequire(import.meta.url)("./pack/packSolution.ts");
try {
    main(process.argv.slice(2));
} catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
}
