/**
 * What the control may do on this form, read from `context`: the current team's id ("save the
 * team first" on a new team) and whether it is read-only, and why. No UI here.
 */
import { MessageKey } from "./messageKeys";
import { SYNC_TABLES } from "./schema";
import { EditorContext } from "./types";

/** `hasEntityPrivilege`'s privilege types and depths (PCF enums). */
const PrivilegeType = { create: 1, write: 3 } as const;
const PrivilegeDepth = { basic: 0 } as const;

/** `context.mode.contextInfo` is present on model-driven forms though the typings omit it. */
interface ModeWithContextInfo {
    isControlDisabled: boolean;
    contextInfo?: { entityId?: string | null; entityTypeName?: string };
}

export interface ContextSource {
    mode: ModeWithContextInfo;
    utils: Pick<ComponentFramework.Utility, "hasEntityPrivilege" | "getEntityMetadata">;
}

const EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

export async function readEditorContext(context: ContextSource): Promise<EditorContext> {
    const entityId = context.mode.contextInfo?.entityId?.replace(/[{}]/g, "").toLowerCase() ?? "";
    if (entityId === "" || entityId === EMPTY_GUID) return { kind: "unsavedTeam", messageKey: MessageKey.unsavedTeam };
    if (context.mode.isControlDisabled) {
        return {
            kind: "ready",
            teamId: entityId,
            readOnly: { reason: "formDisabled", messageKey: MessageKey.readOnlyFormDisabled },
        };
    }
    // hasEntityPrivilege answers from cached metadata; loading it first avoids a false "no".
    await Promise.all(SYNC_TABLES.map((table) => context.utils.getEntityMetadata(table)));
    const allowed = SYNC_TABLES.every(
        (table) =>
            context.utils.hasEntityPrivilege(table, PrivilegeType.create, PrivilegeDepth.basic) &&
            context.utils.hasEntityPrivilege(table, PrivilegeType.write, PrivilegeDepth.basic),
    );
    return {
        kind: "ready",
        teamId: entityId,
        readOnly: allowed ? null : { reason: "noPrivilege", messageKey: MessageKey.readOnlyNoPrivilege },
    };
}
