import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
    {
        ignores: [
            "node_modules/",
            "out/",
            "**/generated/",
            "Plugin/",
            "Solution/",
            "test-results/",
            "**/bin/",
            "**/obj/",
        ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ["**/*.{ts,tsx}"],
        plugins: { react, "react-hooks": reactHooks },
        settings: { react: { version: "16.14" } },
        languageOptions: { globals: { ...globals.browser, ComponentFramework: "readonly" } },
        rules: {
            ...react.configs.recommended.rules,
            ...reactHooks.configs.recommended.rules,
            "react/prop-types": "off",
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
        },
    },
    {
        // The pure parts of the control (see README "Layout") stay usable without a DOM: the playground's simulated
        // plugin, the benchmarks and the C# engine's twin all rely on it.
        files: ["TeamSyncEditor/{engine,layout,data,impact}/**/*.{ts,tsx}"],
        rules: {
            "no-restricted-imports": [
                "error",
                {
                    patterns: [
                        {
                            group: ["react", "react/**", "react-dom", "react-dom/**", "@fluentui/**", "@xyflow/**"],
                            message:
                                "engine/, layout/, data/ and impact/ are pure logic and I/O: no React or UI library.",
                        },
                        {
                            group: ["**/components", "**/components/**"],
                            message: "engine/, layout/, data/ and impact/ must not depend on the React components/.",
                        },
                    ],
                },
            ],
        },
    },
    {
        files: ["**/*.{js,mjs,cjs}"],
        languageOptions: { globals: { ...globals.node, ...globals.browser } },
    },
    {
        files: ["tests/**/*.{ts,tsx}"],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
    },
);
