/** Impact view models: join and leave previews, the edit impact and its CSV, members and why. */
export * from "./types";
export { PREVIEW_USER, joinPreview } from "./joinPreview";
export { leavePreview } from "./leavePreview";
export { memberSubject, newUserSubject } from "./previewSubject";
export { affectedTeams, changedSources } from "./affectedTeams";
export { editImpact, impactSize } from "./editImpact";
export { csvCell, csvText } from "./csvCell";
export { impactCsv } from "./impactCsv";
export type { ImpactCsvLabels } from "./impactCsv";
export { memberExplanations } from "./memberExplanations";
export { memberTablePage } from "./memberTable";
export type { MemberSortKey, MemberTablePage, MemberTableQuery } from "./memberTable";
