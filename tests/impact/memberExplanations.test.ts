import type { LoadedMemberships, LogRow } from "../../TeamSyncEditor/data/types";
import { buildGraph } from "../../TeamSyncEditor/engine";
import { memberExplanations, memberTablePage, MemberExplanation, MemberTableQuery } from "../../TeamSyncEditor/impact";
import { buildModel, userMemberships } from "../engine/modelBuilder";

function log(row: Partial<LogRow> & Pick<LogRow, "userId" | "teamId" | "createdOn">): LogRow {
    return {
        id: `l-${row.userId}-${row.createdOn}`,
        name: "",
        operation: "join",
        cause: "sync",
        sourceTeamId: null,
        path: null,
        correlationId: null,
        initiatingUserId: null,
        outcome: "done",
        errorText: null,
        ...row,
    };
}

/** One-way A → B → C; the Members tab of C. */
function loaded(): LoadedMemberships {
    return {
        memberships: new Map([
            ["ann", userMemberships({ A: "manual", B: "sync", C: "sync" })],
            ["bob", userMemberships({ C: "manual" })],
            ["cat", userMemberships({ C: "sync" })],
            ["dan", userMemberships({ B: "manual" })],
            ["eve", userMemberships({ A: "manual", B: "sync" })],
        ]),
        userRoles: new Map(),
        users: new Map([
            ["ann", "Ann"],
            ["bob", "Bob"],
            ["cat", "Cat"],
            ["dan", "Dan"],
            ["eve", "Eve"],
        ]),
        log: [
            log({
                userId: "ann",
                teamId: "C",
                createdOn: "2025-03-01T00:00:00Z",
                sourceTeamId: "A",
                path: "Alpha > Bravo > Charlie",
                initiatingUserId: "adm",
            }),
            log({ userId: "ann", teamId: "C", createdOn: "2025-03-02T00:00:00Z", outcome: "failed" }),
            log({ userId: "ann", teamId: "C", createdOn: "2025-02-01T00:00:00Z", cause: "manual" }),
            log({ userId: "cat", teamId: "C", createdOn: "2025-01-01T00:00:00Z", sourceTeamId: "A" }),
            log({ userId: "bob", teamId: "B", createdOn: "2025-04-01T00:00:00Z" }),
        ],
        requestCount: 0,
    };
}

describe("members and why", () => {
    const graph = buildGraph(
        buildModel(
            ["A", "B", "C"],
            [
                { parent: "A", members: ["B"] },
                { parent: "B", members: ["C"] },
            ],
        ),
    );

    it("explains each member from its latest log change and flags what reconcile would change", () => {
        const rows = memberExplanations(graph, "C", loaded());
        const byUser = new Map(rows.map((row) => [row.user, row]));
        expect([...byUser.keys()].sort()).toEqual(["ann", "bob", "cat", "dan", "eve"]);
        expect(byUser.get("ann")).toMatchObject({
            provenance: "sync",
            outOfSync: null,
            cause: { createdOn: "2025-03-01T00:00:00Z", sourceTeamId: "A", initiatingUserId: "adm" },
        });
        expect(byUser.get("bob")).toMatchObject({ provenance: "manual", cause: null, outOfSync: null });
        // Cat's C is synced but none of her manual teams reaches it any more.
        expect(byUser.get("cat")).toMatchObject({ provenance: "sync", outOfSync: { kind: "remove" } });
        // Dan and Eve should be in C (drift): not members, reconcile would add them.
        expect(byUser.get("dan")).toMatchObject({ provenance: null, outOfSync: { kind: "add", via: ["B", "C"] } });
        expect(byUser.get("eve")).toMatchObject({ provenance: null, outOfSync: { kind: "add", via: ["A", "B", "C"] } });
    });

    describe("table", () => {
        const rows = memberExplanations(graph, "C", loaded());
        const query = (change: Partial<MemberTableQuery>): MemberTableQuery => ({
            filter: "",
            sortKey: "name",
            descending: false,
            page: 0,
            pageSize: 2,
            ...change,
        });
        const text = (row: MemberExplanation) => `${row.name} ${row.provenance ?? "missing"}`;
        const names = (q: MemberTableQuery) => memberTablePage(rows, q, text).rows.map((row) => row.name);

        it("pages, clamping a page past the end", () => {
            expect(names(query({}))).toEqual(["Ann", "Bob"]);
            expect(names(query({ page: 2 }))).toEqual(["Eve"]);
            expect(memberTablePage(rows, query({ page: 9 }), text)).toMatchObject({
                page: 2,
                pageCount: 3,
                matching: 5,
            });
        });

        it("sorts by each column, both ways, ties by name", () => {
            expect(names(query({ descending: true, pageSize: 10 }))).toEqual(["Eve", "Dan", "Cat", "Bob", "Ann"]);
            expect(names(query({ sortKey: "status", pageSize: 10 }))).toEqual(["Cat", "Dan", "Eve", "Ann", "Bob"]);
            expect(names(query({ sortKey: "provenance", pageSize: 10 }))).toEqual(["Bob", "Ann", "Cat", "Dan", "Eve"]);
            expect(names(query({ sortKey: "changed", descending: true, pageSize: 10 }))).toEqual([
                "Ann",
                "Cat",
                "Bob",
                "Dan",
                "Eve",
            ]);
        });

        it("filters on the text shown, case-insensitively", () => {
            expect(names(query({ filter: " MISSING ", pageSize: 10 }))).toEqual(["Dan", "Eve"]);
            expect(memberTablePage(rows, query({ filter: "nobody" }), text)).toMatchObject({
                rows: [],
                matching: 0,
                page: 0,
                pageCount: 1,
            });
        });
    });
});
