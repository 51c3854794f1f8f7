import * as React from "react";
import {
    Button,
    Combobox,
    Dropdown,
    Field,
    Option,
    Tab,
    TabList,
    makeStyles,
    tokens,
} from "@fluentui/react-components";
import type { TeamId } from "../../engine/types";
import type { TeamInfo } from "../../data/types";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";
import type { EditorTab } from "../../state/editorState";

export interface EditorToolbarProps {
    tab: EditorTab;
    onTab: (tab: EditorTab) => void;
    depth: number;
    onDepth: (depth: number) => void;
    teams: readonly TeamInfo[];
    onCentre: (team: TeamId) => void;
    readOnly: boolean;
    onAddChild: () => void;
    onAddParent: () => void;
}

const DEPTHS = [1, 2, 3, 4];
const SEARCH_MATCHES = 50;
/** A query echoed in "No team matches" is cut to this many characters, so the message stays on one line. */
const ECHOED_QUERY = 40;

const useStyles = makeStyles({
    root: {
        display: "flex",
        flexWrap: "wrap",
        alignItems: "end",
        columnGap: tokens.spacingHorizontalM,
        padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    },
    actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
    // A depth is one digit: a narrow list keeps the toolbar on one row on a form's usual width.
    depth: { minWidth: "80px" },
    search: { minWidth: "220px" },
    none: { display: "block", maxWidth: "320px", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
});

/** View switch, the add buttons, the depth shown and the search that re-centres the view on a team. */
export const EditorToolbar: React.FC<EditorToolbarProps> = ({
    tab,
    onTab,
    depth,
    onDepth,
    teams,
    onCentre,
    readOnly,
    onAddChild,
    onAddParent,
}) => {
    const getString = useStrings();
    const styles = useStyles();
    const [query, setQuery] = React.useState("");
    const needle = query.trim().toLocaleLowerCase();
    const matches =
        needle === ""
            ? []
            : teams.filter((team) => team.name.toLocaleLowerCase().includes(needle)).slice(0, SEARCH_MATCHES);
    return (
        <div className={styles.root}>
            <TabList
                selectedValue={tab}
                onTabSelect={(_, data) => onTab(data.value as EditorTab)}
                aria-label={getString("Editor_Views")}
            >
                <Tab value="graph">{getString("Editor_Tab_Graph")}</Tab>
                <Tab value="list">{getString("Editor_Tab_List")}</Tab>
                <Tab value="preview">{getString("Preview_Tab")}</Tab>
                <Tab value="members">{getString("Members_Tab")}</Tab>
            </TabList>
            {!readOnly && (
                // A group, not an arrow-key toolbar: each add button is its own Tab stop.
                <div role="group" className={styles.actions} aria-label={getString("Editor_Actions")}>
                    <Button onClick={onAddChild}>{getString("Editor_AddChild")}</Button>
                    <Button onClick={onAddParent}>{getString("Editor_AddParent")}</Button>
                </div>
            )}
            <Field label={getString("Editor_Depth")}>
                <Dropdown
                    className={styles.depth}
                    value={String(depth)}
                    selectedOptions={[String(depth)]}
                    onOptionSelect={(_, data) => onDepth(Number(data.optionValue))}
                >
                    {DEPTHS.map((value) => (
                        <Option key={value} value={String(value)}>
                            {String(value)}
                        </Option>
                    ))}
                </Dropdown>
            </Field>
            <Field label={getString("Editor_Search")} className={styles.search}>
                <Combobox
                    freeform
                    value={query}
                    placeholder={getString("Editor_Search_Placeholder")}
                    onChange={(event) => setQuery(event.target.value)}
                    onOptionSelect={(_, data) => {
                        if (data.optionValue === undefined) return;
                        onCentre(data.optionValue);
                        setQuery(data.optionText ?? "");
                    }}
                >
                    {matches.map((team) => (
                        <Option key={team.id} value={team.id} text={team.name}>
                            {team.name}
                        </Option>
                    ))}
                    {needle !== "" && matches.length === 0 && (
                        <Option disabled value="" text="">
                            <span className={styles.none}>
                                {format(
                                    getString("Editor_Search_None"),
                                    query.length > ECHOED_QUERY ? `${query.slice(0, ECHOED_QUERY - 1)}\u2026` : query,
                                )}
                            </span>
                        </Option>
                    )}
                </Combobox>
            </Field>
        </div>
    );
};
