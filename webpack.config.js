// Merged by pcf-scripts into its webpack config (featureconfig.json turns on pcfAllowCustomWebpack).
// What each stand-in replaces, and why that is safe, is said where it is defined.
const graph = `${__dirname}/TeamSyncEditor/components/graph`;

module.exports = {
    resolve: {
        alias: {
            "d3-transition$": `${graph}/instantTransitions.ts`,
            "d3-interpolate$": `${graph}/viewInterpolation.ts`,
        },
    },
};
