import { generateOrg } from "./generateOrg";
for (const [t, l] of [[2000, 5000], [20000, 50000]]) {
const org = generateOrg({ teams: t, links: l, users: 10 });
for (let r = 0; r < 5; r++) {
  let s = performance.now();
  const index = new Map<string, number>();
  org.model.teams.forEach((team, i) => index.set(team.id, i));
  const a = performance.now() - s; s = performance.now();
  let x = 0;
  for (const c of org.model.configs) { x += index.get(c.parent) ?? 0; for (const m of c.members) x += index.get(m.child) ?? 0; }
  const b = performance.now() - s; s = performance.now();
  const ids = org.model.teams.map((t) => t.id); ids.sort();
  console.log(t, a.toFixed(2), b.toFixed(2), (performance.now() - s).toFixed(2), x > 0);
}}
