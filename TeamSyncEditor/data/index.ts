/** The data layer: load through `context.webAPI`, edit as a session, save safely. */
export * from "./types";
export * as Schema from "./schema";
export { MessageKey } from "./messageKeys";
export { loadSyncData } from "./loadSyncData";
export { loadMemberships } from "./loadMemberships";
export { toSyncModel } from "./mapOrg";
export { applyEdits } from "./applyEdits";
export { planWrites } from "./planWrites";
export { resolveEdits, UnknownRecordError } from "./resolveEdits";
export { saveEdits, resumeSave, remainingWrites } from "./saveEdits";
export { startEditSession, newMemberId, withChange, undoChange, sessionModel, sessionWrites } from "./editSession";
export type { EditSession } from "./editSession";
export { readEditorContext } from "./editorContext";
export type { ContextSource } from "./editorContext";
export { toDataError } from "./errors";
