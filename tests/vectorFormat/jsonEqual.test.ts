import { jsonEqual } from "./jsonEqual";

describe("jsonEqual", () => {
    it("ignores the order of object keys", () => {
        expect(jsonEqual({ op: "add", team: "B", via: ["A", "B"] }, { via: ["A", "B"], team: "B", op: "add" })).toBe(
            true,
        );
    });

    it("respects the order of arrays", () => {
        expect(jsonEqual(["A", "B"], ["B", "A"])).toBe(false);
    });

    it.each([
        [{ teams: ["A"] }, { teams: ["A"], extra: 1 }],
        [{ teams: ["A"] }, { teams: "A" }],
        [{ a: null }, { a: undefined }],
        [{ a: 1 }, { b: 1 }],
        [
            [1, 2],
            [1, 2, 3],
        ],
        [[], {}],
        [null, {}],
        ["1", 1],
    ])("tells %j from %j", (a, b) => {
        expect(jsonEqual(a, b)).toBe(false);
        expect(jsonEqual(b, a)).toBe(false);
    });

    it("compares nested values deeply", () => {
        expect(
            jsonEqual(
                { issues: [{ code: "cycle", teams: ["A", "B"] }] },
                { issues: [{ teams: ["A", "B"], code: "cycle" }] },
            ),
        ).toBe(true);
        expect(
            jsonEqual(
                { issues: [{ code: "cycle", teams: ["A", "B"] }] },
                { issues: [{ teams: ["A", "C"], code: "cycle" }] },
            ),
        ).toBe(false);
    });
});
