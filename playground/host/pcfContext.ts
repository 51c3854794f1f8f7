import { webLightTheme } from "@fluentui/react-components";
import type { IInputs } from "../../TeamSyncEditor/generated/ManifestTypes";
import { ProcessingStep } from "../../TeamSyncEditor/data/schema";
import { tableByLogicalName } from "../dataverse/metadata";

/** What the host decides about the form the control sits on. */
export interface FormState {
    teamId: string;
    teamName: string;
    height: number;
    /** The impact review threshold setting (the manifest's default: 100). */
    impactReviewThreshold?: number;
    /** The form is read-only (`mode.isControlDisabled`). */
    formDisabled: boolean;
    /** The user lacks create/write privilege on every table (`utils.hasEntityPrivilege` says false). */
    readOnlyPrivileges: boolean;
    /** The user may register plug-in steps (System Customizer or System Administrator). */
    mayCustomize: boolean;
    allocatedWidth: number;
}

// PropertyHelper.Types.PrivilegeType: Create 1, Read 2, Write 3, Delete 4.
const READ_PRIVILEGE = 2;

/**
 * The parts of the PCF context a model-driven form gives a virtual control, over the playground's
 * in-memory Dataverse. Members the control does not use are left out; the cast says so.
 */
export function createPcfContext(
    form: FormState,
    webAPI: ComponentFramework.WebApi,
    strings: ReadonlyMap<string, string>,
): ComponentFramework.Context<IInputs> {
    const threshold = form.impactReviewThreshold ?? 100;
    const context = {
        parameters: {
            teamName: {
                raw: form.teamName,
                formatted: form.teamName,
                type: "SingleLine.Text",
                error: false,
                errorMessage: "",
                attributes: { LogicalName: "name" },
            },
            height: {
                raw: form.height,
                formatted: String(form.height),
                type: "Whole.None",
                error: false,
                errorMessage: "",
            },
            impactReviewThreshold: {
                raw: threshold,
                formatted: String(threshold),
                type: "Whole.None",
                error: false,
                errorMessage: "",
            },
            // Bound to a column the form keeps for the control, empty on the record.
            unsavedChanges: { raw: null, formatted: "", type: "Whole.None", error: false, errorMessage: "" },
        },
        mode: {
            allocatedHeight: form.height,
            allocatedWidth: form.allocatedWidth,
            isControlDisabled: form.formDisabled,
            isVisible: true,
            label: "Team sync",
            // Undocumented in the typings but set by model-driven forms: the record the form shows.
            contextInfo: { entityId: form.teamId, entityTypeName: "team", entityRecordName: form.teamName },
            setControlState: () => true,
            setFullScreen: () => undefined,
            trackContainerResize: () => undefined,
        },
        resources: {
            // A key the resx lacks comes back as the key itself, which is how the platform behaves.
            getString: (key: string) => strings.get(key) ?? key,
            getResource: (_id: string, _success: (data: string) => void, failure: () => void) => failure(),
        },
        utils: {
            hasEntityPrivilege: (entity: string, privilegeType: number) =>
                privilegeType === READ_PRIVILEGE ||
                (entity === ProcessingStep.logicalName ? form.mayCustomize : !form.readOnlyPrivileges),
            getEntityMetadata: (entityName: string) => entityMetadata(entityName),
        },
        webAPI,
        // The platform formats by the user's settings; the playground's user reads US English.
        formatting: {
            formatDateShort: (value: Date, includeTime?: boolean) =>
                includeTime ? value.toLocaleString("en-US") : value.toLocaleDateString("en-US"),
        },
        fluentDesignLanguage: { tokenTheme: webLightTheme, isDarkTheme: false },
        userSettings: {
            languageId: 1033,
            userId: "{00000000-0000-4000-0004-000000000099}",
            userName: "Playground Admin",
            isRTL: false,
        },
        client: { getClient: () => "Web", getFormFactor: () => 1, isOffline: () => false, disableScroll: false },
        updatedProperties: [] as string[],
        events: {},
    };
    return context as unknown as ComponentFramework.Context<IInputs>;
}

/** The few metadata properties a table has in the playground's Dataverse; unknown tables fail as on the platform. */
function entityMetadata(entityName: string): Promise<ComponentFramework.PropertyHelper.EntityMetadata> {
    const table = tableByLogicalName(entityName);
    if (table === undefined)
        return Promise.reject({
            errorCode: -2147217150,
            message: `Could not find an entity with name ${entityName}.`,
            status: 404,
        });
    return Promise.resolve({
        LogicalName: table.logicalName,
        EntitySetName: table.entitySet,
        PrimaryIdAttribute: table.primaryId,
        IsIntersect: table.intersectKey !== undefined,
        Attributes: {
            get: () => undefined,
            getAll: () => [],
            getByIndex: () => undefined,
            getByName: () => undefined,
            getLength: () => 0,
        },
    } as unknown as ComponentFramework.PropertyHelper.EntityMetadata);
}
