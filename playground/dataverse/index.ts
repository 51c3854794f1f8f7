/** The in-memory Dataverse: a store, `context.webAPI` over it, faults, and seeding helpers. */
export { DataverseStore, StoreError } from "./store";
export type { Row, StoreChange, StoreChangeKind, StoreOptions, StoreState } from "./store";
export { JobQueue } from "./jobQueue";
export type { Job, JobQueueOptions } from "./jobQueue";
export { FakeWebApi, FAKE_ORG_URL } from "./fakeWebApi";
export type { FakeRequest, FakeWebApiOptions } from "./fakeWebApi";
export { badRequest, offline, pluginRefusal, privilegeDenied, recordGone, throttled } from "./fakeErrors";
export type { FakeWebApiError } from "./fakeErrors";
export * from "./seed";
export { seedPlatform, KNOWN_MESSAGE_IDS, SHIPPED_MEMBERSHIP_STEPS, TEAMSYNC_PLUGIN_TYPES } from "./seedPlatform";
export type { PlatformSeed, ShippedStep } from "./seedPlatform";
