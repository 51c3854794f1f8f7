import { generateOrg } from "./generateOrg";
import { validate } from "../TeamSyncEditor/engine";
import { medianMs } from "./measure";
const n = Number(process.argv[2]);
const org = generateOrg({ teams: n, links: n * 2.5, users: 1000 });
console.log(n, medianMs(() => validate(org.model), 60).toFixed(2));
