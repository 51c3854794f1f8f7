import * as React from "react";
import {
    Button,
    Table,
    TableBody,
    TableCell,
    TableHeader,
    TableHeaderCell,
    TableRow,
    makeStyles,
    tokens,
} from "@fluentui/react-components";
import type { Issue } from "../../engine/types";
import type { RoleInfo } from "../../data/types";
import { useStrings } from "../StringsContext";
import { countText } from "../viewModel/countText";
import { format } from "../viewModel/issueSentence";
import type { LinkView } from "../viewModel/linkView";
import { linkIssues } from "../viewModel/linkIssues";

export interface LinkListProps {
    links: readonly LinkView[];
    issues: readonly Issue[];
    teamName: (id: string) => string;
    roles: readonly RoleInfo[];
    selectedLinks: ReadonlySet<string>;
    readOnly: boolean;
    onSelect: (memberId: string) => void;
    onRemove: (memberId: string) => void;
}

type Column = "parent" | "child" | "direction" | "order" | "role" | "active";
const COLUMNS: Column[] = ["parent", "child", "direction", "order", "role", "active"];

const useStyles = makeStyles({
    root: { overflow: "auto", flexGrow: 1 },
    selected: { backgroundColor: tokens.colorBrandBackground2 },
    error: { color: tokens.colorPaletteRedForeground1 },
});

/** The links as a sortable table with the same actions as the canvas: the accessible way to edit many links. */
export const LinkList: React.FC<LinkListProps> = ({
    links,
    issues,
    teamName,
    roles,
    selectedLinks,
    readOnly,
    onSelect,
    onRemove,
}) => {
    const getString = useStrings();
    const styles = useStyles();
    const [sort, setSort] = React.useState<{ column: Column; ascending: boolean }>({
        column: "parent",
        ascending: true,
    });
    const roleName = React.useCallback(
        (id: string | null) =>
            id === null ? getString("Editor_Role_Everyone") : (roles.find((role) => role.id === id)?.name ?? id),
        [roles, getString],
    );
    const cellText = React.useCallback(
        (link: LinkView, column: Column): string => {
            switch (column) {
                case "parent":
                    return teamName(link.parent);
                case "child":
                    return teamName(link.child);
                case "direction":
                    return getString(
                        link.direction === "one-way" ? "Editor_Direction_OneWay" : "Editor_Direction_Bidirectional",
                    );
                case "order":
                    return link.order === null ? "" : String(link.order);
                case "role":
                    return roleName(link.roleId);
                case "active":
                    return getString(link.active ? "Editor_Yes" : "Editor_No");
            }
        },
        [teamName, roleName, getString],
    );
    const rows = React.useMemo(() => {
        const compare = (a: LinkView, b: LinkView): number => {
            if (sort.column === "order")
                return (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY);
            return cellText(a, sort.column).localeCompare(cellText(b, sort.column));
        };
        return [...links].sort(
            (a, b) => (sort.ascending ? 1 : -1) * compare(a, b) || a.memberId.localeCompare(b.memberId),
        );
    }, [links, sort, cellText]);
    const headerText: Record<Column, string> = {
        parent: getString("Editor_Column_Parent"),
        child: getString("Editor_Column_Child"),
        direction: getString("Editor_Column_Direction"),
        order: getString("Editor_Column_Order"),
        role: getString("Editor_Column_Role"),
        active: getString("Editor_Column_Active"),
    };
    return (
        <div className={styles.root}>
            <Table sortable aria-label={getString("Editor_List_Label")} size="small">
                <TableHeader>
                    <TableRow>
                        {COLUMNS.map((column) => (
                            <TableHeaderCell
                                key={column}
                                sortDirection={
                                    sort.column === column ? (sort.ascending ? "ascending" : "descending") : undefined
                                }
                                onClick={() =>
                                    setSort((current) => ({
                                        column,
                                        ascending: current.column === column ? !current.ascending : true,
                                    }))
                                }
                            >
                                {headerText[column]}
                            </TableHeaderCell>
                        ))}
                        <TableHeaderCell>{getString("Editor_Column_Issues")}</TableHeaderCell>
                        <TableHeaderCell>{getString("Editor_Column_Actions")}</TableHeaderCell>
                    </TableRow>
                </TableHeader>
                <TableBody>
                    {rows.map((link) => {
                        const own = linkIssues(link, issues);
                        const errors = own.filter((issue) => issue.severity === "error").length;
                        const label = format(getString("Editor_LinkName"), teamName(link.parent), teamName(link.child));
                        return (
                            <TableRow
                                key={link.memberId}
                                aria-selected={selectedLinks.has(link.memberId)}
                                className={selectedLinks.has(link.memberId) ? styles.selected : undefined}
                            >
                                {COLUMNS.map((column) => (
                                    <TableCell key={column}>{cellText(link, column)}</TableCell>
                                ))}
                                <TableCell className={errors > 0 ? styles.error : undefined}>
                                    {own.length === 0
                                        ? ""
                                        : format(
                                              getString("Editor_List_IssueCount"),
                                              countText(getString, "Error", errors),
                                              countText(getString, "Warning", own.length - errors),
                                          )}
                                </TableCell>
                                <TableCell>
                                    <Button
                                        size="small"
                                        data-link={link.memberId}
                                        aria-label={format(
                                            getString(readOnly ? "Editor_ViewLink" : "Editor_EditLink"),
                                            label,
                                        )}
                                        onClick={() => onSelect(link.memberId)}
                                    >
                                        {getString(readOnly ? "Editor_View" : "Editor_Edit")}
                                    </Button>
                                    {!readOnly && link.memberActive && (
                                        <Button
                                            size="small"
                                            aria-label={format(getString("Editor_RemoveNamedLink"), label)}
                                            title={getString("Editor_RemoveLinkHint")}
                                            onClick={() => onRemove(link.memberId)}
                                        >
                                            {getString("Editor_Remove")}
                                        </Button>
                                    )}
                                </TableCell>
                            </TableRow>
                        );
                    })}
                </TableBody>
            </Table>
        </div>
    );
};
