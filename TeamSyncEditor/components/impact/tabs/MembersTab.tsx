import * as React from "react";
import {
    Badge,
    Button,
    Field,
    Input,
    Spinner,
    Table,
    TableBody,
    TableCell,
    TableHeader,
    TableHeaderCell,
    TableRow,
    Text,
    makeStyles,
    tokens,
} from "@fluentui/react-components";
import type { ReconcilePageFn } from "../../../data/propagation/runReconcile";
import type { LoadedOrg } from "../../../data/types";
import { buildGraph } from "../../../engine/graph";
import type { TeamId } from "../../../engine/types";
import { memberExplanations } from "../../../impact/memberExplanations";
import { memberTablePage, MemberSortKey } from "../../../impact/memberTable";
import type { MemberExplanation } from "../../../impact/types";
import { upstreamTeams } from "../../../engine/upstreamTeams";
import type { ImpactService } from "../ImpactService";
import { memberStatus, memberWhy, provenanceText } from "../memberWhy";
import { teamNamer, userNamer } from "../names";
import { useMemberships } from "../useMemberships";
import { ReconcilePanel } from "../../reconcile/ReconcilePanel";
import { useStrings } from "../../StringsContext";
import { countText } from "../../viewModel/countText";
import { format } from "../../viewModel/issueSentence";

export interface MembersTabProps {
    org: LoadedOrg;
    teamId: TeamId;
    service: ImpactService;
    /** Rows per page (large teams are paged). */
    pageSize?: number;
    /** A log row's date as the user reads it (the platform's formatting in the control). */
    formatDate: (iso: string) => string;
    /** The reconcile API ("Reconcile now"); absent, the tab only shows. */
    reconcile?: ReconcilePageFn;
}

const PAGE_SIZE = 50;
const COLUMNS: { key: MemberSortKey; label: string }[] = [
    { key: "name", label: "Members_Col_Name" },
    { key: "provenance", label: "Members_Col_Provenance" },
    { key: "changed", label: "Members_Col_Why" },
    { key: "status", label: "Members_Col_Status" },
];

const useStyles = makeStyles({
    root: {
        display: "flex",
        flexDirection: "column",
        rowGap: tokens.spacingVerticalS,
        padding: tokens.spacingHorizontalM,
        overflowY: "auto",
        flexGrow: 1,
    },
    pager: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});

/**
 * The team's members as saved, each with provenance and the causal chain from `nw_teamsynclog`;
 * users reconcile would add or remove are flagged "out of sync". The members of every team that
 * syncs into this one are loaded too, so the users it is missing show.
 */
export const MembersTab: React.FC<MembersTabProps> = ({
    org,
    teamId,
    service,
    pageSize = PAGE_SIZE,
    formatDate,
    reconcile,
}) => {
    const getString = useStrings();
    const styles = useStyles();
    const graph = React.useMemo(() => buildGraph(org.model), [org.model]);
    const teams = React.useMemo(() => [...upstreamTeams(graph, [teamId])].sort(), [graph, teamId]);
    // A new loader after a reconcile reloads the members.
    const [generation, setGeneration] = React.useState(0);
    const loader = React.useMemo<ImpactService & { generation: number }>(
        () => ({ loadMemberships: (ids, signal) => service.loadMemberships(ids, signal), generation }),
        [service, generation],
    );
    const members = useMemberships(loader, teams, "Members_Failed");
    const [filter, setFilter] = React.useState("");
    const [sortKey, setSortKey] = React.useState<MemberSortKey>("name");
    const [descending, setDescending] = React.useState(false);
    const [page, setPage] = React.useState(0);

    const teamName = React.useMemo(() => teamNamer(org, getString), [org, getString]);
    const loaded = members.status === "ready" ? members.loaded : null;
    const rows = React.useMemo(
        () => (loaded ? memberExplanations(graph, teamId, loaded) : []),
        [loaded, graph, teamId],
    );
    const texts = React.useMemo(() => {
        const userName = userNamer(loaded?.users ?? new Map(), getString);
        const names = { teamName, userName, formatDate };
        return new Map(
            rows.map((row) => [
                row,
                {
                    name: userName(row.user),
                    provenance: provenanceText(row, getString),
                    why: memberWhy(row, names, getString),
                    flag: row.outOfSync === null ? "" : getString("Members_OutOfSync"),
                    status: memberStatus(row, teamName, getString),
                },
            ]),
        );
    }, [rows, loaded, teamName, formatDate, getString]);
    const textOf = (row: MemberExplanation) =>
        texts.get(row) ?? { name: "", provenance: "", why: "", flag: "", status: "" };
    const shown = memberTablePage(rows, { filter, sortKey, descending, page, pageSize }, (row) =>
        Object.values(textOf(row)).join(" "),
    );

    const sortBy = (key: MemberSortKey): void => {
        setDescending(key === sortKey ? !descending : false);
        setSortKey(key);
        setPage(0);
    };

    // The panel stays mounted while the members reload after its apply, so its result stays shown.
    const reconcilePanel = reconcile && (
        <ReconcilePanel
            teamId={teamId}
            reconcilePage={reconcile}
            userName={userNamer(loaded?.users ?? new Map(), getString)}
            outOfSync={rows.filter((row) => row.outOfSync !== null).length}
            onApplied={() => setGeneration((g) => g + 1)}
        />
    );
    if (members.status === "loading" || members.status === "idle")
        return (
            <div className={styles.root}>
                {reconcilePanel}
                <Spinner label={getString("Members_Loading")} />
            </div>
        );
    if (members.status === "failed")
        return (
            <div className={styles.root}>
                {reconcilePanel}
                <Text role="alert">{members.message}</Text>
            </div>
        );
    return (
        <div className={styles.root}>
            {reconcilePanel}
            <Field label={getString("Members_Filter")}>
                <Input
                    value={filter}
                    onChange={(_, data) => {
                        setFilter(data.value);
                        setPage(0);
                    }}
                />
            </Field>
            <Table sortable aria-label={getString("Members_Table")} size="small">
                <TableHeader>
                    <TableRow>
                        {COLUMNS.map((column) => (
                            <TableHeaderCell
                                key={column.key}
                                sortDirection={
                                    sortKey === column.key ? (descending ? "descending" : "ascending") : undefined
                                }
                                onClick={() => sortBy(column.key)}
                            >
                                {getString(column.label)}
                            </TableHeaderCell>
                        ))}
                    </TableRow>
                </TableHeader>
                <TableBody>
                    {shown.rows.map((row) => {
                        const text = textOf(row);
                        return (
                            <TableRow key={row.user}>
                                <TableCell>{text.name}</TableCell>
                                <TableCell>{text.provenance}</TableCell>
                                <TableCell>{text.why}</TableCell>
                                <TableCell>
                                    {row.outOfSync === null ? (
                                        text.status
                                    ) : (
                                        <>
                                            <Badge appearance="outline" color="warning">
                                                {text.flag}
                                            </Badge>{" "}
                                            {text.status}
                                        </>
                                    )}
                                </TableCell>
                            </TableRow>
                        );
                    })}
                </TableBody>
            </Table>
            {shown.matching === 0 && <Text>{getString("Members_Empty")}</Text>}
            <div className={styles.pager}>
                <Button disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
                    {getString("Members_Previous")}
                </Button>
                <Text role="status">
                    {format(getString("Members_Page"), shown.page + 1, shown.pageCount)} ·{" "}
                    {format(
                        getString("Members_Count"),
                        countText(getString, "Member", shown.rows.length),
                        shown.matching,
                    )}
                </Text>
                <Button disabled={shown.page >= shown.pageCount - 1} onClick={() => setPage(shown.page + 1)}>
                    {getString("Members_Next")}
                </Button>
            </div>
        </div>
    );
};
