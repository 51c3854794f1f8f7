import { parseCSharpOutput } from "./csharpEngine";

const files = ["tests/vectors/a.json", "tests/vectors/b.json"];

describe("parseCSharpOutput", () => {
    it("gives each file its actual or its error, in order", () => {
        const stdout = JSON.stringify([
            { file: files[0], actual: { issues: [] } },
            { file: files[1], error: "configs[0].parent: missing" },
        ]);
        expect(parseCSharpOutput(stdout, files)).toEqual([
            { actual: { issues: [] } },
            { error: "configs[0].parent: missing" },
        ]);
    });

    it("fails every file when stdout is not a JSON array of one element per file", () => {
        for (const stdout of ["Build succeeded.", "{}", JSON.stringify([{ file: files[0], actual: {} }])]) {
            const results = parseCSharpOutput(stdout, files);
            expect(results).toHaveLength(2);
            for (const result of results) expect(result).toEqual({ error: expect.stringContaining("C# console") });
        }
    });

    it("fails an element for another file or without an answer", () => {
        const stdout = JSON.stringify([{ file: files[1], actual: {} }, { file: files[1] }]);
        expect(parseCSharpOutput(stdout, files)).toEqual([
            { error: expect.stringContaining(`is for "${files[1]}", expected "${files[0]}"`) },
            { error: expect.stringContaining(`has neither "actual" nor "error"`) },
        ]);
    });
});
