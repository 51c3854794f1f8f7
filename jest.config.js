/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: "jsdom",
    roots: ["<rootDir>/tests"],
    testMatch: ["**/*.test.ts", "**/*.test.tsx"],
    testPathIgnorePatterns: ["/node_modules/", "/tests/browser/"],
    transform: {
        "^.+\\.tsx?$": [
            "ts-jest",
            { tsconfig: "<rootDir>/tests/tsconfig.json", isolatedModules: true, diagnostics: false },
        ],
    },
    setupFiles: ["<rootDir>/tests/components/setup/browserShims.ts"],
};
