import { toSyncModel } from "../../TeamSyncEditor/data/mapOrg";
import { planWrites } from "../../TeamSyncEditor/data/planWrites";
import type {
    ConfigurationRow,
    EditorContext,
    LoadedOrg,
    MemberRow,
    SaveReport,
    TeamInfo,
    Write,
} from "../../TeamSyncEditor/data/types";
import type { TeamSyncService } from "../../TeamSyncEditor/components/TeamSyncService";
import { workingPropagation } from "../support/fakePropagation";

/**
 * A small lending org. Current team: Commercial Lending (CL).
 *   Head Office (HO) → CL (one-way), CL → Credit Risk (CR) and Portfolio Watch (PW) (one-way),
 *   CR → Archive (AR) (one-way, depth 2 from CL), AR → Cold Storage (CS) (depth 3),
 *   CL ↔ Deal Desk (DD) (bidirectional, order 5, only Senior Loan Officer).
 *   All Staff (AS) is an Entra ID group team; Lending BU (BU) a default team; Risk Review (RR) unlinked.
 */
const VERSION = { versionNumber: "1", modifiedOn: "2026-01-01T00:00:00Z" };

const team = (id: string, name: string, type = 0, isDefault = false): TeamInfo => ({
    id,
    name,
    type,
    isDefault,
    businessUnitName: "Lending",
});
const configuration = (
    id: string,
    parent: string,
    direction: ConfigurationRow["direction"],
    name: string,
): ConfigurationRow => ({
    id,
    name,
    parentTeamId: parent,
    direction,
    active: true,
    version: VERSION,
});
const member = (
    id: string,
    configurationId: string,
    child: string,
    order: number | null,
    role: string | null = null,
): MemberRow => ({
    id,
    name: `${configurationId}-${child}`,
    configurationId,
    childTeamId: child,
    order,
    requiredRoleId: role,
    active: true,
    version: VERSION,
});

export const TEAM = {
    HO: "t-ho",
    CL: "t-cl",
    CR: "t-cr",
    PW: "t-pw",
    AR: "t-ar",
    CS: "t-cs",
    DD: "t-dd",
    AS: "t-as",
    BU: "t-bu",
    RR: "t-rr",
} as const;

export function fixtureOrg(): LoadedOrg {
    const teams = [
        team(TEAM.HO, "Head Office"),
        team(TEAM.CL, "Commercial Lending"),
        team(TEAM.CR, "Credit Risk"),
        team(TEAM.PW, "Portfolio Watch"),
        team(TEAM.AR, "Archive"),
        team(TEAM.CS, "Cold Storage"),
        team(TEAM.DD, "Deal Desk"),
        team(TEAM.AS, "All Staff", 2),
        team(TEAM.BU, "Lending BU", 0, true),
        team(TEAM.RR, "Risk Review"),
    ];
    const roles = [{ id: "r-slo", name: "Senior Loan Officer" }];
    const configurations = [
        configuration("g-ho", TEAM.HO, "one-way", "Head Office sync"),
        configuration("g-cl", TEAM.CL, "one-way", "Lending sync"),
        configuration("g-cl2", TEAM.CL, "bidirectional", "Deal sync"),
        configuration("g-cr", TEAM.CR, "one-way", "Risk sync"),
        configuration("g-ar", TEAM.AR, "one-way", "Archive sync"),
    ];
    const members = [
        member("m-ho-cl", "g-ho", TEAM.CL, 10),
        member("m-cl-cr", "g-cl", TEAM.CR, 10),
        member("m-cl-pw", "g-cl", TEAM.PW, 20),
        member("m-cl-dd", "g-cl2", TEAM.DD, 5, "r-slo"),
        member("m-cr-ar", "g-cr", TEAM.AR, null),
        member("m-ar-cs", "g-ar", TEAM.CS, null),
    ];
    return {
        teams,
        roles,
        configurations,
        members,
        model: toSyncModel(teams, roles, configurations, members),
        requestCount: 4,
    };
}

/** I/O over the fixture: the context and load answer at once; save and resume answer what the test says. */
export function fakeService(options: {
    context?: EditorContext;
    save?: (writes: readonly Write[]) => SaveReport;
    resume?: (writes: readonly Write[]) => SaveReport;
    org?: LoadedOrg;
}): TeamSyncService {
    const org = options.org ?? fixtureOrg();
    return {
        editorContext: async () => options.context ?? { kind: "ready", teamId: TEAM.CL, readOnly: null },
        load: async () => org,
        loadMemberships: async () => ({
            memberships: new Map(),
            userRoles: new Map(),
            users: new Map(),
            log: [],
            requestCount: 0,
        }),
        loadUserMemberships: async () => ({
            memberships: new Map(),
            userRoles: new Map(),
            users: new Map(),
            log: [],
            requestCount: 0,
        }),
        searchUsers: async () => ({ users: [], more: false }),
        save: async (loaded, changes, seed, onProgress) => {
            const writes = planWrites(loaded, changes, seed);
            onProgress(0, writes.length);
            return options.save ? options.save(writes) : { status: "saved", written: writes };
        },
        resume: async (writes, onProgress) => {
            onProgress(0, writes.length);
            return options.resume ? options.resume(writes) : { status: "saved", written: [...writes] };
        },
        propagation: workingPropagation(),
    };
}
