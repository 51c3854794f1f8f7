import { generateOrg } from "./generateOrg";
import { buildGraph } from "../TeamSyncEditor/engine";
import { stronglyConnectedComponents } from "../TeamSyncEditor/engine/components";
import { wideReachCounts } from "../TeamSyncEditor/engine/wideCascade";
import { validate } from "../TeamSyncEditor/engine";
const orgs = [2000, 20000].map((n) => generateOrg({ teams: n, links: n * 2.5, users: 10 }));
for (let round = 0; round < 3; round++) for (const org of orgs) {
  const t: number[] = [];
  const reps = org.model.teams.length === 2000 ? 50 : 5;
  let s = performance.now();
  let g = buildGraph(org.model);
  for (let i = 0; i < reps; i++) g = buildGraph(org.model);
  t.push((performance.now() - s) / reps); s = performance.now();
  let c = stronglyConnectedComponents(g);
  for (let i = 0; i < reps; i++) c = stronglyConnectedComponents(g);
  t.push((performance.now() - s) / reps); s = performance.now();
  for (let i = 0; i < reps; i++) wideReachCounts(g, c, 25);
  t.push((performance.now() - s) / reps); s = performance.now();
  for (let i = 0; i < reps; i++) validate(org.model);
  t.push((performance.now() - s) / reps);
  console.log(org.model.teams.length, t.map((x) => x.toFixed(2)).join(" "));
}
