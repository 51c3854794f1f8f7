// Bundles the host page's own TypeScript with esbuild. React, React DOM and Fluent are not bundled:
// they resolve to the platform globals the page loads, the same copies the control uses.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const platformGlobals = {
    react: "Reactv16",
    "react-dom": "ReactDOMv16",
    "@fluentui/react-components": "FluentUIReactv940",
};

const platformPlugin = {
    name: "platform-globals",
    setup(pluginBuild) {
        pluginBuild.onResolve({ filter: /^(react|react-dom|@fluentui\/react-components)$/ }, (args) => ({
            path: args.path,
            namespace: "platform",
        }));
        pluginBuild.onLoad({ filter: /.*/, namespace: "platform" }, (args) => ({
            contents: `module.exports = window[${JSON.stringify(platformGlobals[args.path])}];`,
            loader: "js",
        }));
    },
};

/**
 * A fingerprint of the TypeScript the host is built from: the page stores a freshly seeded org
 * with it, and seeds again when the sources (sample data, store, plugin, schema) have changed.
 */
function sourcesFingerprint(root) {
    const hash = createHash("sha256");
    for (const folder of ["playground", "TeamSyncEditor"]) {
        const files = readdirSync(path.join(root, folder), { recursive: true })
            .filter((file) => /\.tsx?$/.test(file))
            .sort();
        for (const file of files) hash.update(file).update(readFileSync(path.join(root, folder, file)));
    }
    return hash.digest("hex").slice(0, 16);
}

export async function bundleHost(root) {
    await build({
        entryPoints: [path.join(root, "playground", "host", "main.tsx")],
        outfile: path.join(root, "out", "playground", "host.js"),
        bundle: true,
        format: "iife",
        target: "es2020",
        platform: "browser",
        minify: true,
        sourcemap: "linked",
        jsx: "transform",
        define: { PLAYGROUND_SOURCES: JSON.stringify(sourcesFingerprint(root)) },
        logLevel: "warning",
        plugins: [platformPlugin],
    });
}
