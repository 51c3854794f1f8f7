import fc from "fast-check";
import { sortDistinctIds } from "../../TeamSyncEditor/engine/sortDistinctIds";

/** The reference: the default sort of strings (code unit order), then repeats dropped. */
function reference(ids: readonly string[]): string[] {
    return [...new Set(ids)].sort();
}

describe("sortDistinctIds", () => {
    it("orders by code unit, shorter prefixes first, and drops repeats", () => {
        expect(sortDistinctIds(["b", "ab", "a", "", "a\u0000", "ab", "B", "\uffff", "abd", "abc"])).toEqual([
            "",
            "B",
            "a",
            "a\u0000",
            "ab",
            "abc",
            "abd",
            "b",
            "\uffff",
        ]);
    });

    it("sorts in place and returns the same array", () => {
        const ids = ["c", "a", "b", "a"];
        expect(sortDistinctIds(ids)).toBe(ids);
        expect(ids).toEqual(["a", "b", "c"]);
    });

    it("agrees with the default sort on any strings, ties in the first code units included", () => {
        const id = fc.oneof(
            fc.string({ maxLength: 5 }),
            fc.string({ unit: fc.constantFrom("a", "b", "\u0000", "\ud800", "\uffff"), maxLength: 6 }),
            fc.uuid(),
        );
        fc.assert(
            fc.property(fc.array(id, { maxLength: 40 }), (ids) => {
                expect(sortDistinctIds([...ids])).toEqual(reference(ids));
            }),
        );
    });
});
