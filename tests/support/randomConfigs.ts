import fc from "fast-check";
import { ConfigRecord, Team } from "../../TeamSyncEditor/engine";

/** Random teams with every team type of docs/semantics.md §1, some of them a business unit's default team. */
export function teamsArbitrary(ids: string[]): fc.Arbitrary<Team[]> {
    const team = (id: string): fc.Arbitrary<Team> =>
        fc
            .record({
                type: fc.constantFrom(0, 0, 0, 1, 2, 3),
                isDefault: fc.constantFrom(false, false, false, false, false, false, true),
            })
            .map((t) => ({ id, ...t }));
    return fc.tuple(...ids.map(team));
}

/** Random configurations over `ids` (and a team that does not exist), with roles R1/R2 (and one that does not exist), inactive records and both directions. */
export function configsArbitrary(ids: string[], maxConfigs: number): fc.Arbitrary<ConfigRecord[]> {
    const teamId = fc.constantFrom(...ids, "Missing");
    const member = fc.record({
        child: teamId,
        order: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        active: fc.constantFrom(true, true, true, false),
        role: fc.constantFrom<string | null>(null, null, null, "R1", "R2", "Gone"),
    });
    const config = fc.record({
        parent: teamId,
        direction: fc.constantFrom<"one-way" | "bidirectional">("one-way", "one-way", "bidirectional"),
        active: fc.constantFrom(true, true, true, false),
        members: fc.array(member, { maxLength: 4 }),
    });
    return fc.array(config, { maxLength: maxConfigs }).map((configs) =>
        configs.map((c, i): ConfigRecord => ({
            ...c,
            id: `g${i}`,
            members: c.members.map((m, j) => ({ ...m, id: `g${i}m${j}` })),
        })),
    );
}
