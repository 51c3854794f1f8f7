import { generateOrg } from "./generateOrg";
import { buildGraph } from "../TeamSyncEditor/engine";
import { stronglyConnectedComponents } from "../TeamSyncEditor/engine/components";
import { wideReachCounts } from "../TeamSyncEditor/engine/wideCascade";
import { IssueList } from "../TeamSyncEditor/engine/issueList";
import { checkGraph } from "../TeamSyncEditor/engine/graphChecks";
for (const n of [2000, 20000]) {
const org = generateOrg({ teams: n, links: n * 2.5, users: 0 });
const g = buildGraph(org.model);
const acc = [0, 0, 0];
for (let r = 0; r < 35; r++) {
  const t = [performance.now()];
  const c = stronglyConnectedComponents(g); t.push(performance.now());
  wideReachCounts(g, c, 25); t.push(performance.now());
  checkGraph(g, new Set(), { wideCascade: 25 }, new IssueList()); t.push(performance.now());
  if (r >= 5) for (let i = 0; i < 3; i++) acc[i] += t[i + 1] - t[i];
}
console.log(n, "scc wide checkGraph:", acc.map((a) => (a / 30).toFixed(2)).join(" "));
}
