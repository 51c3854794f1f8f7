// Makes the README's screenshots of the playground at 1600×1000: Commercial Lending Team's form after a
// user was added to it, so the log shows propagation (playground/screenshot.png), and the Large org's
// Head Office at depth 2 (playground/screenshot-large-org.png).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { launchBrowser, servePlayground } from "../playground/automation.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const output = path.join(root, "playground", "screenshot.png");
const largeOutput = path.join(root, "playground", "screenshot-large-org.png");

if (!process.argv.includes("--no-build")) {
    const build = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs")], {
        cwd: root,
        stdio: "inherit",
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await servePlayground();
const browser = await launchBrowser({ width: 1600, height: 1000 });
try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Team: Commercial Lending Team" }).waitFor();
    const users = page.getByRole("region", { name: "Users" });
    await users.getByRole("combobox", { name: "User" }).selectOption({ label: "Gustav Berg" });
    await users.getByRole("combobox", { name: "Add to team" }).selectOption({ label: "Commercial Lending Team" });
    await users.getByRole("button", { name: "Add", exact: true }).click();
    // The propagation job's summary, which follows the request's own ("Plugin: change logged, …").
    await page
        .locator(".status")
        .getByText(/^Plugin: \d+ added/)
        .waitFor();
    await page.screenshot({ path: output, fullPage: true });
    console.log(`Screenshot: ${path.relative(root, output)}`);

    await page
        .getByRole("combobox", { name: "Sample organisation" })
        .selectOption({ label: "Large org (2,000 teams, 5,000 links)" });
    await page.getByRole("heading", { name: "Team: Head Office" }).waitFor();
    await page.locator(".react-flow__node").first().waitFor({ timeout: 60_000 });
    // The first check of a large org runs once the graph is drawn: the issues panel then sums them up in one line.
    await page
        .getByRole("region", { name: "Validation issues" })
        .getByRole("button", { name: /^\d[\d,]* issues?$/ })
        .waitFor({ timeout: 60_000 });
    // The canvas gives the summary its line and is fitted again: the picture waits for that.
    await page.waitForTimeout(500);
    await page.screenshot({ path: largeOutput });
    console.log(`Screenshot: ${path.relative(root, largeOutput)}`);
} finally {
    await browser.close();
    await server.stop();
}
