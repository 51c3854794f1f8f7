import * as React from "react";
import {
    Checkbox,
    Combobox,
    Field,
    Option,
    Radio,
    RadioGroup,
    Spinner,
    Text,
    makeStyles,
    tokens,
} from "@fluentui/react-components";
import type { FoundUser } from "../../data/searchUsers";
import type { RoleInfo } from "../../data/types";
import type { RoleId } from "../../engine/types";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";
import type { PreviewService } from "./PreviewService";
import type { MembershipState } from "./useMemberships";
import { useUserSearch } from "./useUserSearch";

/**
 * Whose join and leave the Preview tab shows: a new user with the ticked roles, or any user of the
 * organisation. Both the ticks and the picked user are kept while the other is chosen, and across tabs.
 */
export interface SubjectChoice {
    kind: "new" | "user";
    roles: ReadonlySet<RoleId>;
    user: FoundUser | null;
}

export const NEW_USER: SubjectChoice = { kind: "new", roles: new Set(), user: null };

export interface SubjectPickerProps {
    choice: SubjectChoice;
    onChoice: (choice: SubjectChoice) => void;
    roles: readonly RoleInfo[];
    service: PreviewService;
    /** The picked user's memberships and roles, loading or loaded. */
    picked: MembershipState;
}

const useStyles = makeStyles({
    root: {
        display: "flex",
        flexWrap: "wrap",
        columnGap: tokens.spacingHorizontalXXL,
        rowGap: tokens.spacingVerticalS,
        alignItems: "start",
    },
    roles: { display: "flex", flexDirection: "column" },
    user: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: "260px" },
});

export const SubjectPicker: React.FC<SubjectPickerProps> = ({ choice, onChoice, roles, service, picked }) => {
    const getString = useStrings();
    const styles = useStyles();
    const [query, setQuery] = React.useState(choice.user?.name ?? "");
    const search = useUserSearch(service, choice.kind === "user" ? query : null);
    const found = search.status === "ready" ? search.found : null;
    const hint =
        search.status === "loading"
            ? getString("Preview_SearchingUsers")
            : found?.more
              ? format(getString("Preview_MoreUsers"), found.users.length)
              : found && found.users.length === 0
                ? format(getString("Preview_NoUsers"), query.trim())
                : undefined;
    return (
        <div className={styles.root}>
            <Field label={getString("Preview_Subject")}>
                <RadioGroup
                    value={choice.kind}
                    onChange={(_, data) => onChoice({ ...choice, kind: data.value === "user" ? "user" : "new" })}
                >
                    <Radio value="new" label={getString("Preview_NewUser")} />
                    <Radio value="user" label={getString("Preview_ExistingUser")} />
                </RadioGroup>
            </Field>
            {choice.kind === "new" && (
                <fieldset className={styles.roles}>
                    <legend>{getString("Preview_Roles")}</legend>
                    {roles.length === 0 && <Text>{getString("Preview_NoRoles")}</Text>}
                    {roles.map((role) => (
                        <Checkbox
                            key={role.id}
                            label={role.name}
                            checked={choice.roles.has(role.id)}
                            onChange={(_, data) => {
                                const next = new Set(choice.roles);
                                if (data.checked) next.add(role.id);
                                else next.delete(role.id);
                                onChoice({ ...choice, roles: next });
                            }}
                        />
                    ))}
                </fieldset>
            )}
            {choice.kind === "user" && (
                <div className={styles.user}>
                    <Field
                        label={getString("Preview_PickUser")}
                        hint={hint}
                        validationMessage={search.status === "failed" ? search.message : undefined}
                    >
                        <Combobox
                            freeform
                            value={query}
                            placeholder={getString("Preview_PickUser_Placeholder")}
                            selectedOptions={choice.user ? [choice.user.id] : []}
                            onChange={(event) => setQuery(event.target.value)}
                            onOptionSelect={(_, data) => {
                                const user = found?.users.find((candidate) => candidate.id === data.optionValue);
                                if (!user) return;
                                setQuery(user.name);
                                onChoice({ ...choice, user });
                            }}
                        >
                            {(found?.users ?? []).map((user) => (
                                <Option key={user.id} value={user.id} text={user.name}>
                                    {user.name}
                                </Option>
                            ))}
                        </Combobox>
                    </Field>
                    {choice.user && picked.status === "loading" && (
                        <Spinner size="tiny" label={format(getString("Preview_LoadingUser"), choice.user.name)} />
                    )}
                    {choice.user && picked.status === "failed" && <Text role="alert">{picked.message}</Text>}
                </div>
            )}
        </div>
    );
};
