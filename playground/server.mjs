// `npm start`: builds the control (pcf-scripts production build) and the host page, then serves the
// playground on 127.0.0.1 from local files only: the page loads the platform libraries that pcf-start
// ships and the built bundle.js the way a model-driven app does.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { bundleHost } from "./bundleHost.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(name, fallback) {
    const index = process.argv.indexOf(name);
    return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const port = Number(option("--port", process.env.PORT ?? "8181"));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid --port: ${option("--port", "")}`);
    process.exit(2);
}

// --no-build reuses out/controls from an earlier `npm run build` (the browser tests build once).
if (!process.argv.includes("--no-build")) {
    const build = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs")], {
        cwd: root,
        stdio: "inherit",
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
}
await bundleHost(root);

/** URL path → file on disk. Nothing else is served: the page must not depend on anything outside. */
const routes = new Map([
    ["/", "playground/index.html"],
    ["/index.html", "playground/index.html"],
    ["/playground.css", "playground/playground.css"],
    ["/host.js", "out/playground/host.js"],
    ["/host.js.map", "out/playground/host.js.map"],
    ["/platform/react_16_14_0.js", "node_modules/pcf-start/lib/react_16_14_0.js"],
    ["/platform/fluent_9_4_0.js", "node_modules/pcf-start/lib/fluent_9_4_0.js"],
    ["/control/bundle.js", "out/controls/TeamSyncEditor/bundle.js"],
    ["/control/ControlManifest.xml", "out/controls/TeamSyncEditor/ControlManifest.xml"],
    ["/control/strings/TeamSyncEditor.1033.resx", "out/controls/TeamSyncEditor/strings/TeamSyncEditor.1033.resx"],
]);

const contentTypes = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".map": "application/json",
    ".css": "text/css",
    ".xml": "application/xml",
    ".resx": "application/xml",
};

const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = routes.get(url.pathname);
    if (request.method !== "GET" || file === undefined) {
        response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
        return;
    }
    try {
        const body = await readFile(path.join(root, file));
        const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
        const headers = {
            "content-type": `${contentTypes[path.extname(file)] ?? "application/octet-stream"}; charset=utf-8`,
            // The platform libraries carry their version in their names and are cached as a model-driven app
            // caches them (and the browser keeps their compiled code); the rest is revalidated on every load.
            "cache-control": url.pathname.startsWith("/platform/") ? "public, max-age=31536000, immutable" : "no-cache",
            etag,
        };
        if (request.headers["if-none-match"] === etag) response.writeHead(304, headers).end();
        else response.writeHead(200, headers).end(body);
    } catch (error) {
        response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
});

server.on("error", (error) => {
    console.error(
        error.code === "EADDRINUSE" ? `Port ${port} is in use: choose another with --port <number>.` : String(error),
    );
    process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
    const address = server.address();
    console.log(
        `TeamSync playground: http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`,
    );
});

for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => server.close(() => process.exit(0)));
}
