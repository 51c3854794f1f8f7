import { generateOrg } from "./generateOrg";
import { buildGraph } from "../TeamSyncEditor/engine";
const n = Number(process.argv[2]);
const org = generateOrg({ teams: n, links: n * 2.5, users: Number(process.argv[3]) });
const times: number[] = [];
for (let i = 0; i < 30; i++) { const s = performance.now(); buildGraph(org.model); times.push(performance.now() - s); }
times.sort((a, b) => a - b);
console.log(n, times[15].toFixed(2), times[0].toFixed(2));
