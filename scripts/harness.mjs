// `npm run harness`: builds the control and opens pcf-start's standard test harness on it, as
// `pcf-scripts start` does, with one difference: the harness page defines `Reactv16` but not
// `ReactDOMv16`, which the platform defines beside it and a build with pcfReactPlatformLibraries
// needs, so the page is served with that one line added (node_modules stays untouched).
// The stock page loads React from a CDN: the harness needs internet access; the playground does not.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "node_modules", "pcf-start", "package.json"));
const browserSync = require("browser-sync");
const pcfStartDir = path.join(root, "node_modules", "pcf-start");
const controlDir = path.join(root, "out", "controls", "TeamSyncEditor");

function option(name, fallback) {
    const index = process.argv.indexOf(name);
    return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

/** `--port 0` picks a free port (browser-sync itself cannot listen on port 0). */
function freePort() {
    return new Promise((resolve, reject) => {
        const probe = createServer();
        probe.once("error", reject);
        probe.listen(0, "127.0.0.1", () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

/** The stock harness page plus the React DOM alias, added right after the stock Reactv16 alias. */
function patchHarnessPage(html) {
    const stockAlias = '<script>window["Reactv16"] = window.React;</script>';
    if (!html.includes(stockAlias)) throw new Error("pcf-start's index.html changed: cannot add ReactDOMv16.");
    return html.replace(stockAlias, `${stockAlias}<script>window["ReactDOMv16"] = window.ReactDOM;</script>`);
}

if (!process.argv.includes("--no-build")) {
    const build = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs")], {
        cwd: root,
        stdio: "inherit",
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
}

const requested = Number(option("--port", "8181"));
const port = requested === 0 ? await freePort() : requested;
const page = patchHarnessPage(readFileSync(path.join(pcfStartDir, "index.html"), "utf8"));
const bs = browserSync.create();
// The same server settings as pcf-start's own (bin/pcf-start.js), plus the patched page.
bs.init(
    {
        online: false,
        port,
        listen: "127.0.0.1",
        open: !process.argv.includes("--no-open"),
        notify: false,
        logLevel: "silent",
        reloadDelay: 1000,
        server: { baseDir: controlDir, routes: { "/": pcfStartDir } },
        middleware: [
            (request, response, next) => {
                const url = (request.url ?? "/").split("?")[0];
                if (url !== "/" && url !== "/index.html") return next();
                response.setHeader("content-type", "text/html; charset=utf-8");
                response.end(page);
            },
        ],
        ui: false,
        watch: false,
    },
    (error) => {
        if (error) {
            console.error(error);
            process.exit(1);
        }
        console.log(`TeamSync harness (pcf-start): http://127.0.0.1:${port}/`);
    },
);
