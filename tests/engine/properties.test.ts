import fc from "fast-check";
import {
    buildGraph,
    planJoin,
    planLeave,
    Provenance,
    reconcile,
    SyncModel,
    Team,
    validate,
} from "../../TeamSyncEditor/engine";
import { reachability, referenceEdges, referenceReach } from "./referenceGraph";
import { configsArbitrary, teamsArbitrary } from "../support/randomConfigs";

const ROLES = ["R1", "R2"];
const TEAM_POOL = ["A", "B", "C", "D", "E", "F", "G", "H"];

/** Random small models: every record kind of docs/semantics.md §1, including missing teams and roles. */
const modelArbitrary: fc.Arbitrary<SyncModel> = fc.integer({ min: 1, max: TEAM_POOL.length }).chain((teamCount) => {
    const ids = TEAM_POOL.slice(0, teamCount);
    return fc
        .record({ teams: teamsArbitrary(ids), configs: configsArbitrary(ids, 8) })
        .map(({ teams, configs }) => ({ teams, roles: ROLES, configs }));
});

const heldArbitrary = fc.subarray(ROLES).map((roles) => new Set(roles));

function scenario() {
    return modelArbitrary.chain((model) => {
        const ids = model.teams.map((team) => team.id);
        const memberships = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<Provenance>("manual", "sync"), {
            maxKeys: ids.length,
        });
        return fc.record({
            model: fc.constant(model),
            held: heldArbitrary,
            team: fc.constantFrom(...ids),
            memberships,
        });
    });
}

const isManaged = (team: Team) => team.isDefault || team.type === 2 || team.type === 3;

describe("engine properties on random graphs", () => {
    it("a join adds exactly the missing teams of reach(T) and leaves the user's teams closed under reach", () => {
        fc.assert(
            fc.property(scenario(), ({ model, held, team, memberships }) => {
                const ids = model.teams.map((t) => t.id);
                const reaches = reachability(ids, referenceEdges(model, held));
                // Start from memberships that satisfy the invariant: the manual ones and their reach.
                const before = new Map<string, Provenance>();
                for (const [id, provenance] of Object.entries(memberships)) {
                    if (provenance !== "manual") continue;
                    before.set(id, "manual");
                    for (const reached of referenceReach(ids, reaches, id))
                        if (!before.has(reached)) before.set(reached, "sync");
                }
                const plan = planJoin(buildGraph(model), "u", team, before, held);
                const expected = [...referenceReach(ids, reaches, team)].filter((id) => !before.has(id)).sort();
                expect(plan.operations.map((op) => op.team).sort()).toEqual(expected);
                const after = new Set([...before.keys(), team, ...plan.operations.map((op) => op.team)]);
                for (const x of after) for (const y of referenceReach(ids, reaches, x)) expect(after.has(y)).toBe(true);
            }),
            { numRuns: 300 },
        );
    });

    it("a leave removes only memberships of reach(T), and a manual one only inside T's strongly connected component", () => {
        fc.assert(
            fc.property(scenario(), ({ model, held, team, memberships }) => {
                const ids = model.teams.map((t) => t.id);
                const reaches = reachability(ids, referenceEdges(model, held));
                const plan = planLeave(buildGraph(model), "u", team, new Map(Object.entries(memberships)), held);
                if (plan.warnings.length > 0) expect(plan.operations).toEqual([]);
                for (const op of plan.operations) {
                    expect(op.op).toBe("remove");
                    expect(memberships[op.team]).toBeDefined();
                    expect(reaches(team, op.team)).toBe(true);
                    if (memberships[op.team] === "manual") expect(reaches(op.team, team)).toBe(true);
                }
            }),
            { numRuns: 300 },
        );
    });

    it("reconcile is idempotent and its result satisfies the invariant", () => {
        const users = fc.dictionary(
            fc.constantFrom("u1", "u2", "u3"),
            fc.tuple(
                fc.dictionary(fc.constantFrom(...TEAM_POOL), fc.constantFrom<Provenance>("manual", "sync")),
                heldArbitrary,
            ),
            { maxKeys: 3 },
        );
        fc.assert(
            fc.property(modelArbitrary, users, (model, byUser) => {
                const ids = new Set(model.teams.map((t) => t.id));
                const graph = buildGraph(model);
                const memberships = new Map(
                    Object.entries(byUser).map(([user, [teams]]) => [
                        user,
                        new Map(Object.entries(teams).filter(([id]) => ids.has(id))),
                    ]),
                );
                const roles = new Map(Object.entries(byUser).map(([user, [, held]]) => [user, held]));
                const plan = reconcile(graph, memberships, roles);
                for (const op of plan.operations) {
                    const teams = memberships.get(op.user) as Map<string, Provenance>;
                    if (op.op === "add") teams.set(op.team, "sync");
                    else teams.delete(op.team);
                }
                expect(reconcile(graph, memberships, roles).operations).toEqual([]);
                for (const [user, teams] of memberships) {
                    const reaches = reachability([...ids], referenceEdges(model, roles.get(user) ?? new Set()));
                    for (const x of teams.keys())
                        for (const y of referenceReach([...ids], reaches, x))
                            if (teams.get(x) === "manual") expect(teams.has(y)).toBe(true);
                }
            }),
            { numRuns: 300 },
        );
    });

    it("reports a cycle exactly for each strongly connected component holding a One-way edge that is not a direction conflict", () => {
        fc.assert(
            fc.property(modelArbitrary, (model) => {
                const ids = model.teams.map((t) => t.id);
                const edges = referenceEdges(model, null);
                const reaches = reachability(ids, edges);
                const conflicting = referenceDirectionConflicts(model);
                const expected = new Set<string>();
                for (const edge of edges) {
                    if (
                        !edge.oneWay ||
                        !reaches(edge.to, edge.from) ||
                        conflicting.has([edge.from, edge.to].sort().join("|"))
                    )
                        continue;
                    const component = ids.filter(
                        (id) => id === edge.from || (reaches(edge.from, id) && reaches(id, edge.from)),
                    );
                    expected.add(component.sort().join("|"));
                }
                const reported = validate(model)
                    .filter((issue) => issue.code === "cycle")
                    .map((issue) => issue.teams.join("|"));
                expect(new Set(reported)).toEqual(expected);
                expect(reported).toHaveLength(expected.size);
            }),
            { numRuns: 500 },
        );
    });
});

describe("wide-cascade on random graphs", () => {
    it("names exactly the teams reaching more than the limit, with their exact count", () => {
        fc.assert(
            fc.property(modelArbitrary, fc.integer({ min: 0, max: 5 }), (model, limit) => {
                const ids = model.teams.map((t) => t.id);
                const reaches = reachability(ids, referenceEdges(model, null));
                const expected = ids
                    .map((id) => [id, referenceReach(ids, reaches, id).size] as const)
                    .filter(([, count]) => count > limit)
                    .sort(([a], [b]) => (a < b ? -1 : 1));
                const reported = validate(model, { wideCascade: limit })
                    .filter((issue) => issue.code === "wide-cascade")
                    .map((issue) => [issue.teams[0], issue.reachable]);
                expect(reported).toEqual(expected);
            }),
            { numRuns: 500 },
        );
    });
});

/** docs/semantics.md §7 `direction-conflict` read from the records: unordered pairs linked One-way both ways, or One-way and Bidirectional. */
function referenceDirectionConflicts(model: SyncModel): Set<string> {
    const exists = new Set(model.teams.map((t) => t.id));
    const ways = new Map<string, Set<string>>();
    for (const config of model.configs) {
        for (const member of config.members) {
            if (
                !config.active ||
                !member.active ||
                !exists.has(config.parent) ||
                !exists.has(member.child) ||
                config.parent === member.child
            )
                continue;
            const pair = [config.parent, member.child].sort().join("|");
            const way = config.direction === "bidirectional" ? "both" : `${config.parent}>${member.child}`;
            ways.set(pair, (ways.get(pair) ?? new Set()).add(way));
        }
    }
    return new Set(
        [...ways]
            .filter(([, w]) => [...w].filter((x) => x !== "both").length === 2 || (w.has("both") && w.size > 1))
            .map(([pair]) => pair),
    );
}

describe("managed teams in random graphs", () => {
    it("are never the target of an add or a remove", () => {
        fc.assert(
            fc.property(scenario(), ({ model, held, team, memberships }) => {
                const managed = new Set(model.teams.filter(isManaged).map((t) => t.id));
                const graph = buildGraph(model);
                const all = new Map([["u", new Map(Object.entries(memberships))]]);
                const operations = [
                    ...planJoin(graph, "u", team, all.get("u") as Map<string, Provenance>, held).operations,
                    ...planLeave(graph, "u", team, all.get("u") as Map<string, Provenance>, held).operations,
                    ...reconcile(graph, all, new Map([["u", held]])).operations,
                ];
                for (const op of operations) expect(managed.has(op.team)).toBe(false);
            }),
            { numRuns: 200 },
        );
    });
});
