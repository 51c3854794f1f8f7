import { IdKind, SampleConfiguration, SampleOrg, SampleTeam, sampleId } from "./sampleOrg";

const bu = { root: sampleId(IdKind.businessUnit, 1), lending: sampleId(IdKind.businessUnit, 2) };

const teamNames = [
    ["Commercial Lending Team", 0, false, bu.lending],
    ["Private Workspace", 1, false, bu.lending],
    ["Reporting Access", 1, false, bu.lending],
    ["Document Library", 1, false, bu.lending],
    ["Approval Queue", 0, false, bu.lending],
    ["Credit Risk", 0, false, bu.lending],
    ["Underwriting", 0, false, bu.lending],
    ["Loan Officers (Entra ID)", 2, false, bu.lending],
    ["Commercial Lending", 0, true, bu.lending],
    ["Northwind Bank", 0, true, bu.root],
    ["Treasury Operations", 0, false, bu.root],
    ["Compliance Review", 1, false, bu.root],
] as const;

const teams: SampleTeam[] = teamNames.map(([name, type, isDefault, businessUnitId], index) => ({
    id: sampleId(IdKind.team, index + 1),
    name,
    type,
    isDefault,
    businessUnitId,
}));

/** Team id by name (the names above are unique). */
export function commercialLendingTeamId(name: (typeof teamNames)[number][0]): string {
    const team = teams.find((candidate) => candidate.name === name);
    if (team === undefined) throw new Error(`No sample team ${name}`);
    return team.id;
}

const roleNames = [
    "Senior Loan Officer",
    "Loan Officer",
    "Credit Analyst",
    "Compliance Auditor",
    "System Administrator",
];
const roles = roleNames.map((name, index) => ({ id: sampleId(IdKind.role, index + 1), name }));
const roleId = (name: string) => roles[roleNames.indexOf(name)].id;

const userNames = [
    "Avery Lindqvist",
    "Bianca Okafor",
    "Chen Wei",
    "Dmitri Volkov",
    "Elena García",
    "Farah Haddad",
    "Gustav Berg",
    "Hana Suzuki",
    "Ibrahim Diallo",
    "Julia Novak",
    "Kofi Mensah",
    "Lara Schmidt",
    "Mateo Rossi",
    "Nadia Petrova",
    "Oscar Nilsson",
    "Priya Raman",
    "Quentin Moreau",
    "Rosa Alvarez",
    "Samuel Cohen",
    "Tanvi Shah",
];
const users = userNames.map((fullName, index) => ({
    id: sampleId(IdKind.user, index + 1),
    fullName,
    businessUnitId: index < 16 ? bu.lending : bu.root,
}));
const userId = (name: string) => users[userNames.indexOf(name)].id;

/** User id by full name. */
export function commercialLendingUserId(name: (typeof userNames)[number]): string {
    return userId(name);
}

const t = commercialLendingTeamId;
let memberCount = 0;
function member(
    childTeamId: string,
    order: number | null,
    requiredRoleId: string | null = null,
): SampleConfiguration["members"][number] {
    memberCount += 1;
    const child = teams.find((team) => team.id === childTeamId)?.name ?? childTeamId;
    return { id: sampleId(IdKind.member, memberCount), name: child, childTeamId, order, requiredRoleId, active: true };
}

const configurations: SampleConfiguration[] = [
    {
        id: sampleId(IdKind.configuration, 1),
        name: "Commercial Lending Team (one-way)",
        parentTeamId: t("Commercial Lending Team"),
        direction: "one-way",
        active: true,
        members: [
            member(t("Private Workspace"), 10),
            member(t("Reporting Access"), 20),
            member(t("Document Library"), 30),
            member(t("Approval Queue"), 40, roleId("Senior Loan Officer")),
        ],
    },
    {
        id: sampleId(IdKind.configuration, 2),
        name: "Credit Risk (bidirectional)",
        parentTeamId: t("Credit Risk"),
        direction: "bidirectional",
        active: true,
        members: [member(t("Underwriting"), 10)],
    },
    {
        id: sampleId(IdKind.configuration, 3),
        name: "Loan Officers (Entra ID) (one-way)",
        parentTeamId: t("Loan Officers (Entra ID)"),
        direction: "one-way",
        active: true,
        members: [member(t("Commercial Lending Team"), 10)],
    },
];

const memberships = [
    ["Avery Lindqvist", "Commercial Lending Team"],
    ["Bianca Okafor", "Commercial Lending Team"],
    ["Chen Wei", "Loan Officers (Entra ID)"],
    ["Dmitri Volkov", "Credit Risk"],
    ["Elena García", "Underwriting"],
    ["Farah Haddad", "Commercial Lending Team"],
    ["Farah Haddad", "Credit Risk"],
    ["Gustav Berg", "Treasury Operations"],
    ["Hana Suzuki", "Compliance Review"],
].map(([user, team]) => ({ userId: userId(user), teamId: t(team as Parameters<typeof t>[0]) }));

// Everyone is in their business unit's default team, as Dataverse does it.
for (const user of users) {
    memberships.push({
        userId: user.id,
        teamId: user.businessUnitId === bu.lending ? t("Commercial Lending") : t("Northwind Bank"),
    });
}

const userRoles = [
    ["Avery Lindqvist", "Senior Loan Officer"],
    ["Bianca Okafor", "Loan Officer"],
    ["Chen Wei", "Loan Officer"],
    ["Dmitri Volkov", "Credit Analyst"],
    ["Hana Suzuki", "Compliance Auditor"],
    ["Tanvi Shah", "System Administrator"],
].map(([user, role]) => ({ userId: userId(user), roleId: roleId(role) }));

export const commercialLending: SampleOrg = {
    businessUnits: [
        { id: bu.root, name: "Northwind Bank" },
        { id: bu.lending, name: "Commercial Lending" },
    ],
    teams,
    roles,
    users,
    configurations,
    memberships,
    userRoles,
    adminUserId: userId("Tanvi Shah"),
};
