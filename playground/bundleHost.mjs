// Bundles the host page's own TypeScript with esbuild. React, React DOM and Fluent are not bundled:
// they resolve to the platform globals the page loads, the same copies the control uses.
import { build } from "esbuild";
import path from "node:path";

const platformGlobals = {
    react: "Reactv16",
    "react-dom": "ReactDOMv16",
    "@fluentui/react-components": "FluentUIReactv940",
};

const platformPlugin = {
    name: "platform-globals",
    setup(pluginBuild) {
        pluginBuild.onResolve({ filter: /^(react|react-dom|@fluentui\/react-components)$/ }, (args) => ({ path: args.path, namespace: "platform" }));
        pluginBuild.onLoad({ filter: /.*/, namespace: "platform" }, (args) => ({
            contents: `module.exports = window[${JSON.stringify(platformGlobals[args.path])}];`,
            loader: "js",
        }));
    },
};

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
        logLevel: "warning",
        plugins: [platformPlugin],
    });
}
