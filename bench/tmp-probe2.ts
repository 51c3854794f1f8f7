import { generateOrg } from "./generateOrg";
const n = Number(process.argv[2]);
const org = generateOrg({ teams: n, links: n * 2.5, users: 0 });
const model = org.model;
const acc: number[] = [0, 0, 0, 0];
for (let r = 0; r < 30; r++) {
  let s = performance.now();
  const index = new Map<string, number>();
  for (const team of model.teams) index.set(team.id, index.size);
  acc[0] += performance.now() - s; s = performance.now();
  let x = 0;
  for (const config of model.configs) { const p = index.get(config.parent); for (const m of config.members) { const c = index.get(m.child); x += (p ?? 0) + (c ?? 0); } }
  acc[1] += performance.now() - s; s = performance.now();
  const objs: { a: string; b: string; c: number }[] = [];
  for (const config of model.configs) for (const m of config.members) objs.push({ a: config.id, b: m.id, c: x });
  acc[2] += performance.now() - s; s = performance.now();
  const ids = model.teams.map((t) => t.id); let y = 0; for (let i = 1; i < ids.length; i++) y += ids[i] < ids[i - 1] ? 1 : 0;
  acc[3] += performance.now() - s;
}
console.log(n, acc.map((a) => (a / 30).toFixed(2)).join(" "));
