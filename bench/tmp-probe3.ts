import { generateOrg } from "./generateOrg";
import { buildGraph } from "../TeamSyncEditor/engine";
import { IssueList } from "../TeamSyncEditor/engine/issueList";
import { checkPairs } from "../TeamSyncEditor/engine/pairChecks";
import { checkGraph } from "../TeamSyncEditor/engine/graphChecks";
import { validate } from "../TeamSyncEditor/engine";
const n = Number(process.argv[2]);
const org = generateOrg({ teams: n, links: n * 2.5, users: Number(process.argv[3] ?? 1000) });
const acc = [0, 0, 0, 0, 0];
const R = 30;
for (let r = 0; r < R + 5; r++) {
  const t = [performance.now()];
  const g = buildGraph(org.model); t.push(performance.now());
  const issues = new IssueList();
  const c = checkPairs(g.links, g.teamIds, issues); t.push(performance.now());
  checkGraph(g, c, { wideCascade: 25 }, issues); t.push(performance.now());
  issues.issues(); t.push(performance.now());
  validate(org.model); t.push(performance.now());
  if (r >= 5) for (let i = 0; i < 5; i++) acc[i] += t[i + 1] - t[i];
}
console.log(n, "build pairs graph issues validate:", acc.map((a) => (a / R).toFixed(2)).join(" "));
