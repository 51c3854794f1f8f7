import { generateOrg } from "./generateOrg";
import { validate, buildGraph } from "../TeamSyncEditor/engine";
const size = Number(process.argv[2]);
const org = generateOrg({ teams: size, links: size * 2.5, users: 10 });
const reps = 200000 / size;
for (let i = 0; i < reps; i++) { buildGraph(org.model); validate(org.model); }
const s = performance.now();
for (let i = 0; i < reps; i++) validate(org.model);
console.log(size, ((performance.now() - s) / reps).toFixed(2));
