import { commercialLending } from "./commercialLending";
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
}

export const SAMPLE_ORGS: readonly SampleOrgChoice[] = [
    { key: "commercial-lending", label: "Commercial Lending", make: () => commercialLending, adminUserId: commercialLending.adminUserId, firstTeamName: "Commercial Lending Team", reconcileOnSeed: true },
    { key: "large-org", label: "Large org (2,000 teams, 5,000 links)", make: generateLargeOrg, adminUserId: LARGE_ORG_ADMIN_USER_ID, firstTeamName: "Head Office", reconcileOnSeed: false },
];
