// Merged by pcf-scripts into its webpack config (featureconfig.json turns on pcfAllowCustomWebpack).
// What each stand-in replaces, and why that is safe, is said where it is defined.
const graph = `${__dirname}/TeamSyncEditor/components/graph`;

module.exports = {
    optimization: {
        // Webpack 5.112 concatenates CommonJS modules as lazy wrappers; React, which the bundled CommonJS
        // (use-sync-external-store, react/jsx-runtime) requires, then becomes a getter called on every
        // React.* access. As a plain module it is read once: 1.2 KB smaller.
        concatenateModules: { commonjs: false },
    },
    resolve: {
        alias: {
            "d3-transition$": `${graph}/instantTransitions.ts`,
            "d3-interpolate$": `${graph}/viewInterpolation.ts`,
        },
    },
};
