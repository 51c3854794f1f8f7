import * as React from "react";
import { Button, Combobox, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TeamId } from "../../engine/types";
import { useStrings } from "../StringsContext";
import { useReturnFocus } from "../useReturnFocus";
import { pluralKey } from "../viewModel/countText";
import { format } from "../viewModel/issueSentence";
import type { PickSide } from "../../state/editorState";
import type { TeamChoice } from "../viewModel/teamChoices";

export interface TeamPickerProps {
    side: PickSide;
    choices: readonly TeamChoice[];
    onPick: (team: TeamId) => void;
    onCancel: () => void;
}

/** Beyond this many matches the list asks for more letters: a 2,000-team list is not browsable. */
const SHOWN_MATCHES = 100;

const useStyles = makeStyles({
    root: {
        display: "flex",
        flexDirection: "column",
        rowGap: tokens.spacingVerticalS,
        padding: tokens.spacingHorizontalM,
        borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
        minWidth: "260px",
    },
    actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/**
 * Type-ahead over the loaded teams, in a side panel beside the drawing (so the links stay in view);
 * teams that cannot be picked are listed disabled, with the reason. Enter on a picked team adds it;
 * Escape cancels.
 */
export const TeamPicker: React.FC<TeamPickerProps> = ({ side, choices, onPick, onCancel }) => {
    const getString = useStrings();
    const styles = useStyles();
    const [query, setQuery] = React.useState("");
    const [picked, setPicked] = React.useState<TeamId | null>(null);
    // Enter picks an option while the list is open; with the list closed it adds the picked team.
    const [listOpen, setListOpen] = React.useState(false);
    useReturnFocus();
    const matches = React.useMemo(() => {
        const needle = query.trim().toLocaleLowerCase();
        return choices.filter((choice) => choice.team.name.toLocaleLowerCase().includes(needle));
    }, [choices, query]);
    const title = getString(side === "child" ? "Editor_AddChild" : "Editor_AddParent");
    return (
        <section
            className={styles.root}
            aria-label={title}
            onKeyDown={(event) => {
                if (event.key === "Escape" && !event.defaultPrevented) onCancel();
            }}
        >
            <Text as="h3" weight="semibold">
                {title}
            </Text>
            <Field
                label={getString("Editor_Picker_Label")}
                hint={
                    matches.length > SHOWN_MATCHES
                        ? format(
                              getString(pluralKey("Editor_Picker_More", matches.length - SHOWN_MATCHES)),
                              matches.length - SHOWN_MATCHES,
                          )
                        : undefined
                }
            >
                <Combobox
                    autoFocus
                    freeform
                    value={query}
                    placeholder={getString("Editor_Picker_Placeholder")}
                    onOpenChange={(_, data) => setListOpen(data.open)}
                    onKeyDown={(event) => {
                        if (event.key === "Enter" && !listOpen && picked !== null) onPick(picked);
                    }}
                    onChange={(event) => {
                        setQuery(event.target.value);
                        setPicked(null);
                    }}
                    onOptionSelect={(_, data) => {
                        const choice = choices.find((candidate) => candidate.team.id === data.optionValue);
                        if (!choice || choice.disabled) return;
                        setPicked(choice.team.id);
                        setQuery(choice.team.name);
                    }}
                >
                    {matches.slice(0, SHOWN_MATCHES).map((choice) => (
                        <Option
                            key={choice.team.id}
                            value={choice.team.id}
                            text={choice.team.name}
                            disabled={choice.disabled !== null}
                        >
                            {choice.disabled
                                ? format(
                                      getString("Editor_Picker_Disabled"),
                                      choice.team.name,
                                      getString(choice.disabled),
                                  )
                                : choice.team.name}
                        </Option>
                    ))}
                </Combobox>
            </Field>
            <div className={styles.actions}>
                <Button
                    appearance="primary"
                    disabled={picked === null}
                    onClick={() => picked !== null && onPick(picked)}
                >
                    {getString("Editor_Picker_Add")}
                </Button>
                <Button onClick={onCancel}>{getString("Editor_Cancel")}</Button>
            </div>
        </section>
    );
};
