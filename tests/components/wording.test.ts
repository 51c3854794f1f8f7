import { countText, pluralKey } from "../../TeamSyncEditor/components/viewModel/countText";
import { getString, strings } from "./renderEditor";

// Counted nouns as the control's sentences use them; "{0} teams" needs a "…_One" sibling saying "1 team".
const COUNTED =
    /\{\d\}\s+(?:more\s+|unsaved\s+|validation\s+)?(teams|changes|errors|warnings|issues|users|memberships|members|steps|pages|days|seconds|children|parents)\b/;

describe("wording", () => {
    it("says one of a thing in the singular", () => {
        expect(countText(getString, "Team", 1)).toBe("1 team");
        expect(countText(getString, "Team", 3)).toBe("3 teams");
        expect(countText(getString, "Team", 0)).toBe("0 teams");
        expect(countText(getString, "Change", 1)).toBe("1 change");
        expect(pluralKey("Editor_SaveBlocked", 1)).toBe("Editor_SaveBlocked_One");
        expect(pluralKey("Editor_SaveBlocked", 2)).toBe("Editor_SaveBlocked");
    });

    it("has no “(s)” and no count with a plural noun lacking its singular sentence", () => {
        const bad = [...strings].filter(
            ([key, value]) =>
                value.includes("(s)") || (COUNTED.test(value) && !strings.has(`${key.replace(/_Many$/, "")}_One`)),
        );
        expect(bad).toEqual([]);
    });

    it("has every singular sentence and count it uses", () => {
        for (const noun of [
            "Team",
            "Change",
            "UnsavedChange",
            "ValidationIssue",
            "Error",
            "Warning",
            "Membership",
            "User",
            "Step",
            "Page",
            "Member",
        ]) {
            expect(strings.get(`Count_${noun}_One`)).toMatch(/^\{0\} \S/);
            expect(strings.get(`Count_${noun}`)).toMatch(/^\{0\} \S/);
        }
    });
});
