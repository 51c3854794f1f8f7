// Makes the README's screenshot of the playground: Commercial Lending Team's form after a user was
// added to it, so the log shows propagation. Writes playground/screenshot.png.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { launchBrowser, servePlayground } from "../playground/automation.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const output = path.join(root, "playground", "screenshot.png");

if (!process.argv.includes("--no-build")) {
    const build = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await servePlayground();
const browser = await launchBrowser({ width: 1400, height: 1000 });
try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Team: Commercial Lending Team" }).waitFor();
    const users = page.getByRole("region", { name: "Users" });
    await users.getByRole("combobox", { name: "User" }).selectOption({ label: "Gustav Berg" });
    await users.getByRole("combobox", { name: "Add to team" }).selectOption({ label: "Commercial Lending Team" });
    await users.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("status").getByText(/^Plugin:/).waitFor();
    await page.screenshot({ path: output, fullPage: true });
    console.log(`Screenshot: ${path.relative(root, output)}`);
} finally {
    await browser.close();
    await server.stop();
}
