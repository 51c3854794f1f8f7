import { launchBrowser, servePlayground } from "/work/main/playground/automation.mjs";
const server = await servePlayground();
const browser = await launchBrowser();
const page = await browser.context.newPage();
page.on("console", (m) => console.log(m.text()));
await page.goto(server.url);
await page.evaluate(() => localStorage.setItem("teamsync.playground.v1.pref.org", "large-org"));
for (let i = 0; i < 3; i++) {
  await page.goto(server.url, { waitUntil: "commit" });
  const t = await (await page.waitForFunction(() => document.querySelector("[data-testid=control-slot] *") ? performance.now() : false, null, { polling: "raf" })).jsonValue();
  console.log("painted", Math.round(t));
}
await browser.close(); await server.stop();
