/** A small organisation in the in-memory Dataverse, shared by the data layer's tests. */
import {
    DataverseStore,
    seedBusinessUnit,
    seedConfiguration,
    seedMember,
    seedRole,
    seedTeam,
} from "../../playground/dataverse";

export interface SampleOrg {
    store: DataverseStore;
    bu: string;
    teams: Record<"A" | "B" | "C" | "D" | "G" | "X", string>;
    roleSlo: string;
    oneWay: string;
    members: { b: string; c: string };
}

/** One-way A → {B (10), C (20)}; teams D, G (Entra group), X (named as markup); role SLO with a copy. */
export function sampleOrg(): SampleOrg {
    let tick = 0;
    const store = new DataverseStore(undefined, { now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, tick++)) });
    const bu = seedBusinessUnit(store, "Contoso");
    const otherBu = seedBusinessUnit(store, "Contoso EU");
    const team = (name: string, type = 0) => seedTeam(store, { name, type, businessUnitId: bu });
    const teams = {
        A: team("Alpha"),
        B: team("Bravo"),
        C: team("Charlie"),
        D: team("Delta"),
        G: team("Entra group", 2),
        X: team("<img src=x onerror=alert(1)>"),
    };
    const roleSlo = seedRole(store, "SLO", bu, otherBu);
    const oneWay = seedConfiguration(store, { name: "Alpha one-way", parentTeamId: teams.A, direction: "one-way" });
    const members = {
        b: seedMember(store, { name: "Alpha → Bravo", configurationId: oneWay, childTeamId: teams.B, order: 10 }),
        c: seedMember(store, { name: "Alpha → Charlie", configurationId: oneWay, childTeamId: teams.C, order: 20 }),
    };
    return { store, bu, teams, roleSlo, oneWay, members };
}

export const instantRetry = { sleep: async () => undefined };
