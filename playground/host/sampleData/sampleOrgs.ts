import { commercialLending, commercialLendingTeamId, commercialLendingUserId } from "./commercialLending";
import { LARGE_ORG_ADMIN_USER_ID, generateLargeOrg } from "./largeOrg";
import { SampleOrg } from "./sampleOrg";

export interface SampleOrgChoice {
    key: string;
    label: string;
    make: () => SampleOrg;
    /** `make().adminUserId`, known without generating the org (a stored org is not generated). */
    adminUserId: string;
    /** The team whose form opens first. */
    firstTeamName: string;
    /**
     * Whether the plugin reconciles every user once seeded, so sync memberships and their log rows
     * exist from the start. The large org skips it: its log would not fit in the browser's storage.
     */
    reconcileOnSeed: boolean;
    /**
     * Whether an admin has turned propagation on (the AddMembers/RemoveMembers steps registered); off, the org is as
     * just after the import, where those steps are missing, and validation refuses a new link.
     */
    propagationOn: boolean;
    /**
     * Memberships made after the seed through AddMembers, whose steps are not registered: nothing
     * propagated them, so they are drift for "Reconcile now" to find.
     */
    unpropagated: { userId: string; teamId: string }[];
}

export const SAMPLE_ORGS: readonly SampleOrgChoice[] = [
    {
        key: "commercial-lending",
        label: "Commercial Lending",
        make: () => commercialLending,
        adminUserId: commercialLending.adminUserId,
        firstTeamName: "Commercial Lending Team",
        reconcileOnSeed: true,
        propagationOn: true,
        unpropagated: [],
    },
    {
        key: "commercial-lending-propagation-off",
        label: "Commercial Lending (propagation off)",
        make: () => commercialLending,
        adminUserId: commercialLending.adminUserId,
        firstTeamName: "Commercial Lending Team",
        reconcileOnSeed: true,
        propagationOn: false,
        unpropagated: [
            { userId: commercialLendingUserId("Ibrahim Diallo"), teamId: commercialLendingTeamId("Credit Risk") },
        ],
    },
    {
        key: "large-org",
        label: "Large org (2,000 teams, 5,000 links)",
        make: generateLargeOrg,
        adminUserId: LARGE_ORG_ADMIN_USER_ID,
        firstTeamName: "Head Office",
        reconcileOnSeed: false,
        propagationOn: true,
        unpropagated: [],
    },
];
