import type { Direction } from "../../../TeamSyncEditor/engine/types";
import { seededRandom } from "../../dataverse/seededRandom";
import { IdKind, SampleConfiguration, SampleOrg, SampleTeam, sampleId } from "./sampleOrg";

export const LARGE_ORG_TEAMS = 2000;
export const LARGE_ORG_LINKS = 5000;
/** The last teams are leaves: they get one-way parents and are paired bidirectionally among themselves. */
const LEAF_TEAMS = 200;
const USERS = 60;
/** The first user, who runs the simulated plugin in this org. */
export const LARGE_ORG_ADMIN_USER_ID = sampleId(IdKind.user, 1);

const departments = [
    "Operations",
    "Finance",
    "Risk",
    "Sales",
    "Service",
    "Legal",
    "Audit",
    "Markets",
    "Payments",
    "Data",
];

/**
 * A generated organisation of 2,000 teams and 5,000 links. One-way links only go from a lower team
 * number to a higher one and the bidirectional pairs are disjoint leaves, so the graph is valid (no
 * cycle, conflict or duplicate) while wide cascades warn as they would in a real large org.
 */
export function generateLargeOrg(): SampleOrg {
    const next = seededRandom(20251126);
    const businessUnit = sampleId(IdKind.businessUnit, 1);
    const teams: SampleTeam[] = [];
    for (let index = 0; index < LARGE_ORG_TEAMS; index += 1) {
        const name =
            index === 0
                ? "Head Office"
                : `${departments[index % departments.length]} ${String(index).padStart(4, "0")}`;
        teams.push({
            id: sampleId(IdKind.team, index + 1),
            name,
            type: 0,
            isDefault: false,
            businessUnitId: businessUnit,
        });
    }
    const defaultTeam: SampleTeam = {
        id: sampleId(IdKind.team, LARGE_ORG_TEAMS + 1),
        name: "Large Org",
        type: 0,
        isDefault: true,
        businessUnitId: businessUnit,
    };
    const roles = [
        { id: sampleId(IdKind.role, 1), name: "Senior Manager" },
        { id: sampleId(IdKind.role, 2), name: "Analyst" },
    ];

    const links = new Map<number, { child: number; order: number; role: string | null }[]>();
    const bidirectional = new Map<number, number>();
    const seen = new Set<string>();
    const firstLeaf = LARGE_ORG_TEAMS - LEAF_TEAMS;
    for (let leaf = firstLeaf; leaf + 1 < LARGE_ORG_TEAMS && bidirectional.size < LEAF_TEAMS / 2; leaf += 2) {
        bidirectional.set(leaf, leaf + 1);
        seen.add(`${leaf}>${leaf + 1}`);
    }
    let linkCount = bidirectional.size;
    while (linkCount < LARGE_ORG_LINKS) {
        const child = 1 + Math.floor(next() * (LARGE_ORG_TEAMS - 1));
        const parent = Math.max(0, Math.min(child, firstLeaf) - 1 - Math.floor(next() * 60));
        const key = `${parent}>${child}`;
        if (parent >= child || seen.has(key)) continue;
        seen.add(key);
        const list = links.get(parent) ?? [];
        list.push({ child, order: (list.length + 1) * 10, role: next() < 0.02 ? roles[0].id : null });
        links.set(parent, list);
        linkCount += 1;
    }

    let memberNumber = 0;
    let configurationNumber = 0;
    const configurations: SampleConfiguration[] = [];
    const addConfiguration = (
        parent: number,
        direction: Direction,
        children: { child: number; order: number | null; role: string | null }[],
    ) => {
        configurationNumber += 1;
        configurations.push({
            id: sampleId(IdKind.configuration, configurationNumber),
            name: `${teams[parent].name} (${direction})`,
            parentTeamId: teams[parent].id,
            direction,
            active: true,
            members: children.map(({ child, order, role }) => {
                memberNumber += 1;
                return {
                    id: sampleId(IdKind.member, memberNumber),
                    name: teams[child].name,
                    childTeamId: teams[child].id,
                    order,
                    requiredRoleId: role,
                    active: true,
                };
            }),
        });
    };
    for (const [parent, children] of [...links.entries()].sort((a, b) => a[0] - b[0]))
        addConfiguration(parent, "one-way", children);
    for (const [parent, child] of bidirectional)
        addConfiguration(parent, "bidirectional", [{ child, order: null, role: null }]);

    const users = Array.from({ length: USERS }, (_, index) => ({
        id: sampleId(IdKind.user, index + 1),
        fullName: `User ${String(index + 1).padStart(3, "0")}`,
        businessUnitId: businessUnit,
    }));
    const memberships = users.flatMap((user) => [
        { userId: user.id, teamId: defaultTeam.id },
        { userId: user.id, teamId: teams[Math.floor(next() * LARGE_ORG_TEAMS)].id },
    ]);
    const userRoles = users
        .filter((_, index) => index % 10 === 0)
        .map((user) => ({ userId: user.id, roleId: roles[0].id }));

    return {
        businessUnits: [{ id: businessUnit, name: "Large Org" }],
        teams: [...teams, defaultTeam],
        roles,
        users,
        configurations,
        memberships,
        userRoles,
        adminUserId: LARGE_ORG_ADMIN_USER_ID,
    };
}
