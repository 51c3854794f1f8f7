// Merged by pcf-scripts into its own webpack configuration (featureconfig.json: pcfAllowCustomWebpack).
module.exports = {
    optimization: {
        // Webpack 5.112 concatenates CommonJS modules as lazy wrappers; React, which the bundled CommonJS
        // (use-sync-external-store, react/jsx-runtime) requires, then becomes a getter called on every
        // React.* access. As a plain module it is read once: 1.2 KB smaller.
        concatenateModules: { commonjs: false },
    },
};
