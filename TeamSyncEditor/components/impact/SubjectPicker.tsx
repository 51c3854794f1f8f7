import * as React from "react";
import { Checkbox, Dropdown, Field, Option, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RoleInfo } from "../../data/types";
import type { RoleId, UserId } from "../../engine/types";
import { useStrings } from "../StringsContext";
import type { MembershipState } from "./useMemberships";

/** Whose join and leave the Preview tab shows. */
export type SubjectChoice = { kind: "new"; roles: ReadonlySet<RoleId> } | { kind: "member"; user: UserId | null };

export interface SubjectPickerProps {
    choice: SubjectChoice;
    onChoice: (choice: SubjectChoice) => void;
    roles: readonly RoleInfo[];
    /** The team's members, for picking one. */
    members: MembershipState;
    /** The team's members as (id, name), sorted for display. */
    memberOptions: readonly { id: UserId; name: string }[];
}

const useStyles = makeStyles({
    root: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, alignItems: "start" },
    roles: { display: "flex", flexDirection: "column" },
});

/** "A new user" with ticked roles, or one of the team's members. */
export const SubjectPicker: React.FC<SubjectPickerProps> = ({ choice, onChoice, roles, members, memberOptions }) => {
    const getString = useStrings();
    const styles = useStyles();
    const picked = choice.kind === "member" ? memberOptions.find((option) => option.id === choice.user) : undefined;
    return (
        <div className={styles.root}>
            <Field label={getString("Preview_Subject")}>
                <RadioGroup
                    value={choice.kind}
                    onChange={(_, data) => onChoice(data.value === "member" ? { kind: "member", user: null } : { kind: "new", roles: new Set() })}
                >
                    <Radio value="new" label={getString("Preview_NewUser")} />
                    <Radio value="member" label={getString("Preview_Member")} />
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
                                onChoice({ kind: "new", roles: next });
                            }}
                        />
                    ))}
                </fieldset>
            )}
            {choice.kind === "member" && members.status === "loading" && <Spinner size="tiny" label={getString("Preview_LoadingMembers")} />}
            {choice.kind === "member" && members.status === "failed" && <Text role="alert">{members.message}</Text>}
            {choice.kind === "member" && members.status === "ready" && memberOptions.length === 0 && <Text>{getString("Preview_NoMembers")}</Text>}
            {choice.kind === "member" && members.status === "ready" && memberOptions.length > 0 && (
                <Field label={getString("Preview_PickMember")}>
                    <Dropdown
                        placeholder={getString("Preview_PickMember_Placeholder")}
                        value={picked?.name ?? ""}
                        selectedOptions={picked ? [picked.id] : []}
                        onOptionSelect={(_, data) => onChoice({ kind: "member", user: data.optionValue ?? null })}
                    >
                        {memberOptions.map((option) => (
                            <Option key={option.id} value={option.id} text={option.name}>
                                {option.name}
                            </Option>
                        ))}
                    </Dropdown>
                </Field>
            )}
        </div>
    );
};
