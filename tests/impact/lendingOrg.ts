/**
 * A lending organisation in the in-memory Dataverse, with people, roles and sync log, for the
 * impact tabs. HO → CL (one-way); CL → CR (10), PW (20) (one-way); CL ↔ DD (order 5, only SLO);
 * CR → AR; Risk Review (RR) unlinked.
 *   Ann: CL by hand; CR, PW, AR by sync.   Bob (SLO): CL by hand; DD, CR, PW, AR by sync.
 *   Cat: CR by sync only (drift: nothing justifies it).   Dan: HO by hand; CL, PW, AR by sync, CR missing (drift).
 */
import {
    FakeWebApi,
    seedBusinessUnit,
    seedConfiguration,
    seedLog,
    seedMember,
    seedMembership,
    seedRole,
    seedTeam,
    seedUser,
    seedUserRole,
    DataverseStore,
} from "../../playground/dataverse";
import { loadMemberships, loadUserMemberships } from "../../TeamSyncEditor/data/loadMemberships";
import { searchUsers } from "../../TeamSyncEditor/data/searchUsers";
import { loadSyncData } from "../../TeamSyncEditor/data/loadSyncData";
import type { LoadedOrg } from "../../TeamSyncEditor/data/types";
import { screen, waitFor, within } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import type { TeamSyncService } from "../../TeamSyncEditor/components/TeamSyncService";
import { workingPropagation } from "../support/fakePropagation";
import type { PreviewService } from "../../TeamSyncEditor/components/impact/PreviewService";

export interface LendingOrg {
    store: DataverseStore;
    webApi: FakeWebApi;
    org: LoadedOrg;
    service: PreviewService;
    team: Record<"HO" | "CL" | "CR" | "PW" | "DD" | "AR" | "RR", string>;
    user: Record<"admin" | "ann" | "bob" | "cat" | "dan", string>;
    slo: string;
    /** How many times the service loaded memberships. */
    loads: () => number;
}

export async function lendingOrg(): Promise<LendingOrg> {
    let tick = 0;
    const store = new DataverseStore(undefined, { now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, tick++)) });
    const bu = seedBusinessUnit(store, "Lending");
    const t = (name: string) => seedTeam(store, { name, businessUnitId: bu });
    const team = {
        HO: t("Head Office"),
        CL: t("Commercial Lending"),
        CR: t("Credit Risk"),
        PW: t("Portfolio Watch"),
        DD: t("Deal Desk"),
        AR: t("Archive"),
        RR: t("Risk Review"),
    };
    const slo = seedRole(store, "Senior Loan Officer", bu);
    const ho = seedConfiguration(store, { name: "Head Office sync", parentTeamId: team.HO, direction: "one-way" });
    seedMember(store, { name: "HO → CL", configurationId: ho, childTeamId: team.CL, order: 10 });
    const cl = seedConfiguration(store, { name: "Lending sync", parentTeamId: team.CL, direction: "one-way" });
    seedMember(store, { name: "CL → CR", configurationId: cl, childTeamId: team.CR, order: 10 });
    seedMember(store, { name: "CL → PW", configurationId: cl, childTeamId: team.PW, order: 20 });
    const deal = seedConfiguration(store, { name: "Deal sync", parentTeamId: team.CL, direction: "bidirectional" });
    seedMember(store, { name: "CL ↔ DD", configurationId: deal, childTeamId: team.DD, order: 5, roleId: slo });
    const cr = seedConfiguration(store, { name: "Risk sync", parentTeamId: team.CR, direction: "one-way" });
    seedMember(store, { name: "CR → AR", configurationId: cr, childTeamId: team.AR });

    const user = {
        admin: seedUser(store, "Ada Admin"),
        ann: seedUser(store, "Ann Archer"),
        bob: seedUser(store, "Bob <b>Baker</b>"),
        cat: seedUser(store, "Cat Cole"),
        dan: seedUser(store, "Dan Dale"),
    };
    seedUserRole(store, user.bob, slo);
    const names: Record<string, string> = {
        [team.HO]: "Head Office",
        [team.CL]: "Commercial Lending",
        [team.CR]: "Credit Risk",
        [team.PW]: "Portfolio Watch",
        [team.DD]: "Deal Desk",
        [team.AR]: "Archive",
    };
    let minute = 0;
    const join = (who: string, path: string[]) => {
        const [source] = path;
        const target = path[path.length - 1];
        seedMembership(store, target, who);
        const createdOn = `2025-02-01T09:${String(minute++).padStart(2, "0")}:00Z`;
        seedLog(store, {
            userId: who,
            teamId: target,
            operation: "join",
            cause: path.length === 1 ? "manual" : "sync",
            sourceTeamId: source,
            path: path.map((id) => names[id]).join(" > "),
            initiatingUserId: user.admin,
            createdOn,
        });
    };
    for (const who of [user.ann, user.bob]) {
        join(who, [team.CL]);
        if (who === user.bob) join(who, [team.CL, team.DD]);
        join(who, [team.CL, team.CR]);
        join(who, [team.CL, team.PW]);
        join(who, [team.CL, team.CR, team.AR]);
    }
    join(user.cat, [team.CL, team.CR]);
    join(user.dan, [team.HO]);
    join(user.dan, [team.HO, team.CL]);
    join(user.dan, [team.HO, team.CL, team.PW]);
    join(user.dan, [team.HO, team.CL, team.CR, team.AR]);

    const webApi = new FakeWebApi(store);
    const org = await loadSyncData(webApi);
    let loads = 0;
    const service: PreviewService = {
        loadMemberships: (teamIds, signal) => {
            loads++;
            return loadMemberships(webApi, teamIds, { signal });
        },
        loadUserMemberships: (userIds, signal) => {
            loads++;
            return loadUserMemberships(webApi, userIds, { signal });
        },
        searchUsers: (text, signal) => searchUsers(webApi, text, { signal }),
    };
    return { store, webApi, org, service, team, user, slo, loads: () => loads };
}

/** The editor's service over the lending org: loads answer from it, saves only call `saved`. */
export function editorService(fixture: LendingOrg, saved: () => void): TeamSyncService {
    return {
        editorContext: async () => ({ kind: "ready", teamId: fixture.team.CL, readOnly: null }),
        load: async () => fixture.org,
        save: async () => (saved(), { status: "saved", written: [] }),
        resume: async () => ({ status: "saved", written: [] }),
        loadMemberships: fixture.service.loadMemberships,
        loadUserMemberships: fixture.service.loadUserMemberships,
        searchUsers: fixture.service.searchUsers,
        propagation: workingPropagation(),
    };
}

/** Adds Commercial Lending → Risk Review through the picker (3 memberships), leaving focus in the new link's details. */
export async function addRiskReview(user: ReturnType<typeof userEvent.setup>): Promise<void> {
    await user.click(await screen.findByRole("button", { name: "Add child team" }));
    const picker = await screen.findByRole("region", { name: "Add child team" });
    // A few letters narrow the list enough; each keystroke re-renders the picker, which is slow in jsdom.
    await user.type(within(picker).getByRole("combobox", { name: "Team" }), "Risk");
    await user.click(screen.getByRole("option", { name: "Risk Review" }));
    await user.click(within(picker).getByRole("button", { name: "Add" }));
    // A dialog opened before focus settles would lose it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("region", { name: "Link details" })));
}
