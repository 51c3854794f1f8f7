import * as React from "react";
import {
    Button,
    Dropdown,
    Field,
    Input,
    Option,
    Radio,
    RadioGroup,
    Switch,
    Text,
    makeStyles,
    tokens,
    useId,
} from "@fluentui/react-components";
import type { EditChange, RoleInfo } from "../../data/types";
import { useStrings } from "../StringsContext";
import { useReturnFocus } from "../useReturnFocus";
import { format } from "../viewModel/issueSentence";
import type { LinkView } from "../viewModel/linkView";

export interface LinkDetailsProps {
    link: LinkView;
    teamName: (id: string) => string;
    roles: readonly RoleInfo[];
    readOnly: boolean;
    onChange: (change: EditChange) => void;
    /** The link was just added: the panel takes focus, so the keyboard carries on from here. */
    takeFocus: boolean;
    /** Turns the link off (its record is kept): the same as the canvas's Delete key and the list's Remove. */
    onRemove: (memberId: string) => void;
    onClose: () => void;
    /** Where the focus goes when the details close and what opened them is gone (a removed link's edge). */
    returnFocus: () => HTMLElement | SVGElement | null;
}

const useStyles = makeStyles({
    root: {
        display: "flex",
        flexDirection: "column",
        rowGap: tokens.spacingVerticalS,
        padding: tokens.spacingHorizontalM,
        borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
        minWidth: "260px",
        // A set width: sized by its content, a long help text would take the canvas's room.
        width: "300px",
        flexShrink: 0,
        overflowY: "auto",
    },
    actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const EVERYONE = "";

/** The selected link's settings, its configuration's, and "Remove link". Each control makes one edit. */
export const LinkDetails: React.FC<LinkDetailsProps> = ({
    link,
    teamName,
    roles,
    readOnly,
    takeFocus,
    onChange,
    onRemove,
    onClose,
    returnFocus,
}) => {
    const getString = useStrings();
    const styles = useStyles();
    useReturnFocus(returnFocus);
    const removeHintId = useId("remove-hint");
    const root = React.useRef<HTMLElement>(null);
    React.useEffect(() => {
        // Without scrolling: a focus that scrolls would shift the canvas beside the panel out of its view.
        if (takeFocus) root.current?.focus({ preventScroll: true });
    }, [takeFocus, link.memberId]);
    const [order, setOrder] = React.useState(link.order === null ? "" : String(link.order));
    const [name, setName] = React.useState(link.configurationName);
    React.useEffect(() => setOrder(link.order === null ? "" : String(link.order)), [link.order]);
    React.useEffect(() => setName(link.configurationName), [link.configurationName]);
    const roleName =
        roles.find((role) => role.id === link.roleId)?.name ??
        (link.roleId === null ? getString("Editor_Role_Everyone") : link.roleId);
    const commitOrder = (): void => {
        const trimmed = order.trim();
        const value = trimmed === "" ? null : Number(trimmed);
        if (value !== null && !Number.isInteger(value)) {
            setOrder(link.order === null ? "" : String(link.order));
            return;
        }
        if (value !== link.order) onChange({ kind: "changeOrder", memberId: link.memberId, order: value });
    };
    const commitName = (): void => {
        if (name.trim() !== "" && name !== link.configurationName)
            onChange({ kind: "renameConfiguration", configurationId: link.configurationId, name });
    };
    return (
        <section ref={root} tabIndex={-1} className={styles.root} aria-label={getString("Editor_Details_Label")}>
            <Text as="h3" weight="semibold">
                {format(getString("Editor_Details_Title"), teamName(link.parent), teamName(link.child))}
            </Text>
            <Field label={getString("Editor_Details_Direction")}>
                <RadioGroup
                    value={link.direction}
                    disabled={readOnly}
                    onChange={(_, data) =>
                        onChange({
                            kind: "changeDirection",
                            memberId: link.memberId,
                            direction: data.value === "bidirectional" ? "bidirectional" : "one-way",
                        })
                    }
                >
                    <Radio value="one-way" label={getString("Editor_Direction_OneWay")} />
                    <Radio value="bidirectional" label={getString("Editor_Direction_Bidirectional")} />
                </RadioGroup>
            </Field>
            <Field label={getString("Editor_Details_Order")} hint={getString("Editor_Details_OrderHint")}>
                <Input
                    type="number"
                    value={order}
                    disabled={readOnly}
                    onChange={(_, data) => setOrder(data.value)}
                    onBlur={commitOrder}
                    onKeyDown={(event) => event.key === "Enter" && commitOrder()}
                />
            </Field>
            <Field
                label={getString("Editor_Details_Active")}
                hint={format(getString("Editor_Details_ActiveHint"), teamName(link.parent), teamName(link.child))}
            >
                <Switch
                    checked={link.memberActive}
                    disabled={readOnly}
                    onChange={(_, data) =>
                        onChange({ kind: data.checked ? "activate" : "deactivate", table: "member", id: link.memberId })
                    }
                />
            </Field>
            <Field label={getString("Editor_Details_Role")} hint={getString("Editor_Details_RoleHint")}>
                <Dropdown
                    value={roleName}
                    selectedOptions={[link.roleId ?? EVERYONE]}
                    disabled={readOnly}
                    onOptionSelect={(_, data) => {
                        const roleId =
                            data.optionValue === undefined || data.optionValue === EVERYONE ? null : data.optionValue;
                        if (roleId !== link.roleId) onChange({ kind: "changeRole", memberId: link.memberId, roleId });
                    }}
                >
                    <Option value={EVERYONE}>{getString("Editor_Role_Everyone")}</Option>
                    {[...roles]
                        .sort((a, b) => a.name.localeCompare(b.name))
                        .map((role) => (
                            <Option key={role.id} value={role.id}>
                                {role.name}
                            </Option>
                        ))}
                </Dropdown>
            </Field>
            <Field label={getString("Editor_Details_Configuration")}>
                <Input
                    value={name}
                    disabled={readOnly}
                    onChange={(_, data) => setName(data.value)}
                    onBlur={commitName}
                    onKeyDown={(event) => event.key === "Enter" && commitName()}
                />
            </Field>
            <Field
                label={getString("Editor_Details_ConfigurationActive")}
                hint={format(
                    getString("Editor_Details_ConfigurationActiveHint"),
                    link.configurationName,
                    teamName(link.parent),
                )}
            >
                <Switch
                    checked={link.configurationActive}
                    disabled={readOnly}
                    onChange={(_, data) =>
                        onChange({
                            kind: data.checked ? "activate" : "deactivate",
                            table: "configuration",
                            id: link.configurationId,
                        })
                    }
                />
            </Field>
            {!link.memberActive && <Text as="p">{getString("Editor_Details_TurnedOff")}</Text>}
            {!readOnly && link.memberActive && (
                <Text as="p" id={removeHintId}>
                    {getString("Editor_RemoveLinkHint")}
                </Text>
            )}
            <div className={styles.actions}>
                {!readOnly && link.memberActive && (
                    <Button aria-describedby={removeHintId} onClick={() => onRemove(link.memberId)}>
                        {getString("Editor_RemoveLink")}
                    </Button>
                )}
                <Button appearance="subtle" onClick={onClose}>
                    {getString("Editor_Close")}
                </Button>
            </div>
        </section>
    );
};
