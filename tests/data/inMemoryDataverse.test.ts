import { DataverseStore, FakeWebApi, seedBusinessUnit, seedTeam } from "../../playground/dataverse";

describe("in-memory Dataverse", () => {
    it("survives a JSON round trip and tells subscribers about changes", () => {
        const store = new DataverseStore();
        const bu = seedBusinessUnit(store, "Root");
        const changes: string[] = [];
        const unsubscribe = store.subscribe((c) => changes.push(`${c.kind} ${c.table}`));
        const team = seedTeam(store, { name: "Alpha", businessUnitId: bu });
        store.update("team", team, { name: "Alpha 2" });
        unsubscribe();
        store.delete("team", team);
        expect(changes).toEqual(["create team", "update team"]);

        const copy = DataverseStore.fromJSON(JSON.parse(JSON.stringify(store.toJSON())));
        expect(copy.rows("businessunit")).toEqual(store.rows("businessunit"));
        expect(copy.newId()).toBe(store.newId());
    });

    it("reads back its serialized text as an independent store with the same rows, versions and ids", () => {
        const store = new DataverseStore();
        const bu = seedBusinessUnit(store, "Root");
        const team = seedTeam(store, { name: "Alpha", businessUnitId: bu });
        const text = store.serialize();
        const copy = DataverseStore.parse(text);
        expect(copy.rows("team")).toEqual(store.rows("team"));
        expect(copy.newId()).toBe(store.newId());
        copy.update("team", team, { name: "Beta" });
        expect(store.retrieve("team", team)?.name).toBe("Alpha");
        expect(copy.retrieve("team", team)?.versionnumber).toBeGreaterThan(
            store.retrieve("team", team)?.versionnumber as number,
        );
    });

    it("answers $filter with and/or/not, column comparison, $orderby and $top", async () => {
        const store = new DataverseStore();
        const bu = seedBusinessUnit(store, "Root");
        for (const [name, type] of [
            ["b", 0],
            ["a", 1],
            ["c", 2],
            ["it's", 0],
        ] as const)
            seedTeam(store, { name, type, businessUnitId: bu });
        const webApi = new FakeWebApi(store);
        const names = async (options: string) =>
            (await webApi.retrieveMultipleRecords("team", options)).entities.map((e) => e.name as string);
        expect(
            await names(
                "?$select=name&$filter=teamtype eq 0 or (teamtype ge 2 and not name eq 'x')&$orderby=name desc",
            ),
        ).toEqual(["it's", "c", "b"]);
        expect(await names("?$select=name&$filter=name eq 'it''s'")).toEqual(["it's"]);
        expect(await names("?$select=name&$orderby=name&$top=2")).toEqual(["a", "b"]);
        expect(await names("?$select=name&$filter=teamid eq teamid and teamtype ne null")).toHaveLength(4);
    });

    it("rejects what it cannot answer as a bad request", async () => {
        const webApi = new FakeWebApi(new DataverseStore());
        await expect(webApi.retrieveMultipleRecords("team", "?$filter=startswith(name,'a')")).rejects.toMatchObject({
            status: 400,
        });
        await expect(webApi.retrieveMultipleRecords("team", "?$apply=groupby((name))")).rejects.toMatchObject({
            status: 400,
        });
        await expect(webApi.retrieveMultipleRecords("nope", "")).rejects.toMatchObject({ status: 400 });
        await expect(webApi.updateRecord("team", "00000000-0000-0000-0000-000000000009", {})).rejects.toMatchObject({
            status: 404,
        });
    });
});
