import * as React from "react";
import {
    Background,
    ControlButton,
    Controls,
    MarkerType,
    NodeChange,
    ReactFlow,
    EdgeChange,
    Connection,
    useReactFlow,
    useStore,
} from "@xyflow/react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { isManagedTeam } from "../../engine/managedTeam";
import type { TeamId } from "../../engine/types";
import type { RoleInfo, TeamInfo } from "../../data/types";
import type { Point } from "../../layout/types";
import { useStrings } from "../StringsContext";
import { fitViewport } from "./fitViewport";
import { FlowNode, LEGIBLE_ZOOM, LinkFlowEdge, NODE_HEIGHT, NODE_WIDTH } from "./graphTypes";
import { LinkEdge } from "./LinkEdge";
import { MoreNode } from "./MoreNode";
import { TeamNode } from "./TeamNode";
import { useReactFlowBaseStyles } from "./useReactFlowBaseStyles";
import { useStablePositions } from "./useStablePositions";
import { FOLLOWING, ViewEvent, ViewFollow, viewFollow } from "./viewFollow";
import { markTiming } from "../firstGraphTiming";
import { edgeLabelText, edgeName, NamedEnd, placeLabels, teamSpoken } from "../viewModel/edgeLabels";
import { pluralKey } from "../viewModel/countText";
import { format } from "../viewModel/issueSentence";
import type { Neighbourhood } from "../viewModel/neighbourhood";
import { linkRefusal } from "../viewModel/teamChoices";

export interface GraphViewProps {
    shown: Neighbourhood;
    teams: ReadonlyMap<TeamId, TeamInfo>;
    roles: readonly RoleInfo[];
    currentTeam: TeamId;
    /** The teams to keep in view: the centre, a found team, a chosen issue's teams, a new link's ends. */
    focus: readonly TeamId[];
    selectedTeams: ReadonlySet<TeamId>;
    selectedLinks: ReadonlySet<string>;
    errorLinks: ReadonlySet<string>;
    readOnly: boolean;
    onConnect: (parent: TeamId, child: TeamId) => void;
    onSelectLink: (memberId: string | null) => void;
    onDeleteLinks: (memberIds: string[]) => void;
    onExpand: () => void;
    onExpandGroup: (team: TeamId) => void;
}

const nodeTypes = { team: TeamNode, more: MoreNode };
const edgeTypes = { link: LinkEdge };
const MORE_ID = "\u0000more";
const GROUP_PREFIX = "\u0000group:";
const DELETE_KEYS = ["Delete", "Backspace"];
/** React Flow's Fit icon (four corners). */
const FIT_ICON =
    "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z";

const useStyles = makeStyles({
    refusal: {
        position: "absolute",
        top: tokens.spacingVerticalS,
        left: tokens.spacingHorizontalS,
        right: tokens.spacingHorizontalS,
        zIndex: 10,
    },
});

function handles(width: number, height: number) {
    return [
        { type: "target" as const, position: "top" as never, x: width / 2 - 4, y: -4, width: 8, height: 8 },
        { type: "source" as const, position: "bottom" as never, x: width / 2 - 4, y: height - 4, width: 8, height: 8 },
    ];
}

const groupId = (team: TeamId, side: string): string => `${GROUP_PREFIX}${side}:${team}`;

/** The canvas: the neighbourhood laid out in layers, links drawn with their meaning, connect by drag or by two clicks. */
export const GraphView: React.FC<GraphViewProps> = (props) => {
    const {
        shown,
        teams,
        roles,
        currentTeam,
        focus,
        selectedTeams,
        selectedLinks,
        errorLinks,
        readOnly,
        onConnect,
        onSelectLink,
        onDeleteLinks,
        onExpand,
        onExpandGroup,
    } = props;
    useReactFlowBaseStyles();
    const getString = useStrings();
    const styles = useStyles();
    const [refusal, setRefusal] = React.useState<string | null>(null);
    const layoutNodes = React.useMemo(
        () =>
            [
                ...shown.teams,
                ...shown.groups.map((group) => groupId(group.team, group.side)),
                ...(shown.hidden > 0 ? [MORE_ID] : []),
            ].map((id) => ({
                id,
                width: NODE_WIDTH,
                height: NODE_HEIGHT,
            })),
        [shown.teams, shown.groups, shown.hidden],
    );
    const layoutLinks = React.useMemo(
        () => [
            ...shown.links.map((link) => ({ source: link.parent, target: link.child })),
            ...shown.groups.map((group) => {
                const id = groupId(group.team, group.side);
                return group.side === "children"
                    ? { source: group.team, target: id }
                    : { source: id, target: group.team };
            }),
        ],
        [shown.links, shown.groups],
    );
    const { positions, move, layout } = useStablePositions(layoutNodes, layoutLinks);
    const follow = React.useRef(FOLLOWING);
    // Only the user's own pans and zooms come with an event: the fits' setViewport has none.
    const onMoveStart = React.useCallback((event: MouseEvent | TouchEvent | null) => {
        if (event) follow.current = viewFollow(follow.current, "userMoved").state;
    }, []);

    const ends = React.useCallback(
        (id: TeamId): NamedEnd => {
            const team = teams.get(id);
            return {
                name: team ? team.name : id,
                isCurrent: id === currentTeam,
                badge:
                    team && isManagedTeam(team)
                        ? team.isDefault
                            ? "Editor_Badge_Default"
                            : "Editor_Badge_Entra"
                        : null,
            };
        },
        [teams, currentTeam],
    );

    const nodes = React.useMemo<FlowNode[]>(() => {
        const groups = new Map(shown.groups.map((group) => [groupId(group.team, group.side), group]));
        return layoutNodes.map((node) => {
            const position = positions.get(node.id) ?? { x: 0, y: 0 };
            const common = {
                id: node.id,
                position,
                width: NODE_WIDTH,
                height: NODE_HEIGHT,
                deletable: false,
                handles: handles(NODE_WIDTH, NODE_HEIGHT),
            };
            const group = groups.get(node.id);
            if (group) {
                const label = format(
                    getString(
                        pluralKey(
                            group.side === "children" ? "Editor_More_Children" : "Editor_More_Parents",
                            group.hidden,
                        ),
                    ),
                    group.hidden,
                    ends(group.team).name,
                );
                return {
                    ...common,
                    type: "more" as const,
                    connectable: false,
                    ariaLabel: label,
                    data: { label, onExpand: () => onExpandGroup(group.team) },
                };
            }
            if (node.id === MORE_ID) {
                const label = format(getString("Editor_More"), shown.hidden);
                return {
                    ...common,
                    type: "more" as const,
                    connectable: false,
                    ariaLabel: label,
                    data: { label, onExpand },
                };
            }
            const end = ends(node.id);
            return {
                ...common,
                type: "team" as const,
                selected: selectedTeams.has(node.id),
                ariaLabel: teamSpoken(end, getString),
                connectable: !readOnly,
                data: {
                    ...end,
                    highlighted: selectedTeams.has(node.id),
                    parentHandleName: format(getString("Editor_Handle_Parent"), end.name),
                    childHandleName: format(getString("Editor_Handle_Child"), end.name),
                },
            };
        });
    }, [
        layoutNodes,
        positions,
        shown.groups,
        shown.hidden,
        ends,
        selectedTeams,
        readOnly,
        onExpand,
        onExpandGroup,
        getString,
    ]);

    const edges = React.useMemo<LinkFlowEdge[]>(() => {
        const drawn = shown.links.filter((link) => link.parent !== link.child);
        const roleName = (roleId: string | null) =>
            roleId === null ? null : (roles.find((role) => role.id === roleId)?.name ?? roleId);
        const labels = drawn.map((link) =>
            edgeLabelText(link, roleName(link.roleId), errorLinks.has(link.memberId), getString),
        );
        const at = (id: TeamId, bottom: boolean): Point => {
            const position = positions.get(id) ?? { x: 0, y: 0 };
            return { x: position.x + NODE_WIDTH / 2, y: position.y + (bottom ? NODE_HEIGHT : 0) };
        };
        const placed = placeLabels(
            drawn.flatMap((link, i) => {
                const text = labels[i];
                return text === null
                    ? []
                    : [{ id: link.memberId, source: at(link.parent, true), target: at(link.child, false), text }];
            }),
        );
        return drawn.map((link, i) => {
            const hasError = errorLinks.has(link.memberId);
            const marker = {
                type: MarkerType.ArrowClosed,
                color: hasError ? tokens.colorPaletteRedForeground1 : tokens.colorNeutralForeground2,
                width: 16,
                height: 16,
                markerUnits: "userSpaceOnUse",
            };
            return {
                id: link.memberId,
                type: "link" as const,
                source: link.parent,
                target: link.child,
                selected: selectedLinks.has(link.memberId),
                deletable: !readOnly,
                markerEnd: marker,
                markerStart: link.direction === "bidirectional" ? marker : undefined,
                ariaLabel: edgeName(
                    link,
                    ends(link.parent),
                    ends(link.child),
                    roleName(link.roleId),
                    hasError,
                    getString,
                ),
                data: { link, label: labels[i], labelAt: placed.get(link.memberId) ?? 0.5, hasError },
            };
        });
    }, [shown.links, errorLinks, roles, selectedLinks, readOnly, ends, positions, getString]);

    React.useLayoutEffect(() => markTiming("graph-committed"), []);

    const onNodesChange = React.useCallback(
        (changes: NodeChange<FlowNode>[]) => {
            for (const change of changes)
                if (change.type === "position" && change.position) move(change.id, change.position);
        },
        [move],
    );
    const onEdgesChange = React.useCallback(
        (changes: EdgeChange<LinkFlowEdge>[]) => {
            const selected = changes.filter((change) => change.type === "select");
            const chosen = selected.find((change) => change.type === "select" && change.selected);
            if (chosen) onSelectLink(chosen.id);
            else if (selected.length > 0) onSelectLink(null);
        },
        [onSelectLink],
    );
    const connect = React.useCallback(
        (connection: Connection) => {
            if (
                readOnly ||
                connection.source === connection.target ||
                connection.source.startsWith("\u0000") ||
                connection.target.startsWith("\u0000")
            )
                return;
            const target = teams.get(connection.target);
            const refused = target ? linkRefusal(target) : null;
            if (target && refused) {
                setRefusal(format(getString("Editor_Graph_LinkRefused"), target.name, getString(refused)));
                return;
            }
            setRefusal(null);
            onConnect(connection.source, connection.target);
        },
        [onConnect, readOnly, teams, getString],
    );

    // Delete acts on the link that has focus, as its help text says, else on the selected links;
    // React Flow's own Delete would act on the selection only, even with focus on another link.
    const deleteLinks = React.useCallback(
        (event: React.KeyboardEvent) => {
            if (readOnly || !DELETE_KEYS.includes(event.key)) return;
            const target = event.target as Element;
            if (target.closest("input, textarea, [contenteditable='true']")) return;
            const focused = target.closest(".react-flow__edge")?.getAttribute("data-id");
            const ids = focused ? [focused] : [...selectedLinks];
            if (ids.length === 0) return;
            event.preventDefault();
            onDeleteLinks(ids);
        },
        [readOnly, selectedLinks, onDeleteLinks],
    );

    // No ReactFlowProvider of our own: the one ReactFlow makes starts from these nodes and edges, so
    // the first commit already draws the graph instead of waiting for an effect to hand them over.
    return (
        <>
            {refusal !== null && (
                <MessageBar intent="warning" className={styles.refusal}>
                    <MessageBarBody role="alert">{refusal}</MessageBarBody>
                    <MessageBarActions>
                        <Button onClick={() => setRefusal(null)}>{getString("Editor_Close")}</Button>
                    </MessageBarActions>
                </MessageBar>
            )}
            <ReactFlow
                aria-label={getString("Editor_Graph_Label")}
                nodes={nodes}
                edges={edges}
                nodeTypes={nodeTypes}
                edgeTypes={edgeTypes}
                onNodesChange={onNodesChange}
                onEdgesChange={onEdgesChange}
                onConnect={connect}
                onKeyDown={deleteLinks}
                onMoveStart={onMoveStart}
                deleteKeyCode={null}
                nodesConnectable={!readOnly}
                connectOnClick={!readOnly}
                edgesFocusable
                nodesFocusable
                minZoom={LEGIBLE_ZOOM}
                maxZoom={2}
                proOptions={{ hideAttribution: true }}
                ariaLabelConfig={{
                    "node.a11yDescription.default": getString("Editor_Graph_NodeHelp"),
                    "node.a11yDescription.keyboardDisabled": getString("Editor_Graph_NodeHelpNoKeys"),
                    "edge.a11yDescription.default": getString("Editor_Graph_EdgeHelp"),
                    "controls.ariaLabel": getString("Editor_Graph_Controls"),
                    "controls.zoomIn.ariaLabel": getString("Editor_Graph_ZoomIn"),
                    "controls.zoomOut.ariaLabel": getString("Editor_Graph_ZoomOut"),
                    "controls.interactive.ariaLabel": getString("Editor_Graph_Lock"),
                    "handle.ariaLabel": getString("Editor_Graph_Handle"),
                }}
            >
                <Background />
                <KeepInView positions={positions} layout={layout} focus={focus} follow={follow} />
            </ReactFlow>
        </>
    );
};

/**
 * Keeps what matters in view (fitViewport): after each new layout, when the teams to focus change,
 * and on the Fit button. A resized canvas (React Flow measures it with a ResizeObserver) is fitted
 * again unless the user moved the view since.
 */
const KeepInView: React.FC<{
    positions: ReadonlyMap<string, Point>;
    layout: unknown;
    focus: readonly TeamId[];
    follow: React.MutableRefObject<ViewFollow>;
}> = ({ positions, layout, focus, follow }) => {
    const { setViewport } = useReactFlow();
    const getString = useStrings();
    const width = useStore((state) => state.width);
    const height = useStore((state) => state.height);
    const latest = React.useRef({ positions, focus, width, height });
    latest.current = { positions, focus, width, height };
    const fit = React.useCallback(
        (event: ViewEvent) => {
            const next = viewFollow(follow.current, event);
            follow.current = next.state;
            const { width: w, height: h } = latest.current;
            if (!next.refit || w === 0 || h === 0) return;
            const view = fitViewport(latest.current.positions, latest.current.focus, w, h);
            if (view) void setViewport(view);
        },
        [setViewport, follow],
    );
    const focusKey = focus.join("|");
    React.useLayoutEffect(() => fit("layout"), [fit, layout, focusKey]);
    React.useLayoutEffect(() => fit("resized"), [fit, width, height]);
    const userMoved = React.useCallback(() => fit("userMoved"), [fit]);
    const fitLabel = getString("Editor_Graph_Fit");
    // Our own Fit button: React Flow's would queue its own fit for the next frame, which ignores the legible zoom.
    return (
        <Controls showInteractive={false} showFitView={false} onZoomIn={userMoved} onZoomOut={userMoved}>
            <ControlButton
                className="react-flow__controls-fitview"
                onClick={() => fit("fitButton")}
                title={fitLabel}
                aria-label={fitLabel}
            >
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
                    <path d={FIT_ICON} />
                </svg>
            </ControlButton>
        </Controls>
    );
};
