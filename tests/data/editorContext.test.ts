import { readEditorContext, ContextSource } from "../../TeamSyncEditor/data/editorContext";

function context(
    entityId: string | null | undefined,
    disabled: boolean,
    privileges: Record<string, number[]>,
): ContextSource & { loaded: string[] } {
    const loaded: string[] = [];
    return {
        loaded,
        mode: { isControlDisabled: disabled, contextInfo: { entityId } },
        utils: {
            getEntityMetadata: async (name: string) => {
                loaded.push(name);
                return {} as ComponentFramework.PropertyHelper.EntityMetadata;
            },
            hasEntityPrivilege: (table: string, type: number) =>
                loaded.includes(table) && (privileges[table] ?? []).includes(type),
        },
    };
}

const ALL = { nw_teamsyncgroup: [1, 2, 3], nw_teamsyncmember: [1, 2, 3] };

describe("readEditorContext", () => {
    it("asks to save a new team first", async () => {
        for (const id of [null, undefined, "", "00000000-0000-0000-0000-000000000000"]) {
            expect(await readEditorContext(context(id, false, ALL))).toEqual({
                kind: "unsavedTeam",
                messageKey: "Data_UnsavedTeam",
            });
        }
    });

    it("gives the team id, editable when privileged", async () => {
        expect(await readEditorContext(context("{ABCDEF01-0000-0000-0000-000000000001}", false, ALL))).toEqual({
            kind: "ready",
            teamId: "abcdef01-0000-0000-0000-000000000001",
            readOnly: null,
        });
    });

    it("is read-only when the form is disabled", async () => {
        const result = await readEditorContext(context("abcdef01-0000-0000-0000-000000000001", true, ALL));
        expect(result).toMatchObject({
            readOnly: { reason: "formDisabled", messageKey: "Data_ReadOnly_FormDisabled" },
        });
    });

    it("is read-only without create or write privilege on a sync table", async () => {
        const noWrite = { ...ALL, nw_teamsyncmember: [1, 2] };
        const result = await readEditorContext(context("abcdef01-0000-0000-0000-000000000001", false, noWrite));
        expect(result).toMatchObject({
            kind: "ready",
            readOnly: { reason: "noPrivilege", messageKey: "Data_ReadOnly_NoPrivilege" },
        });
        const noCreate = { ...ALL, nw_teamsyncgroup: [2, 3] };
        expect(await readEditorContext(context("abcdef01-0000-0000-0000-000000000001", false, noCreate))).toMatchObject(
            { readOnly: { reason: "noPrivilege" } },
        );
    });
});
