import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
    { ignores: ["node_modules/", "out/", "**/generated/", "Plugin/", "Solution/", "test-results/", "**/bin/", "**/obj/"] },
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
        files: ["**/*.{js,mjs,cjs}"],
        languageOptions: { globals: { ...globals.node, ...globals.browser } },
    },
    {
        files: ["tests/**/*.{ts,tsx}"],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
    },
);
