import * as React from "react";
import { Background, Controls, MarkerType, NodeChange, ReactFlow, EdgeChange, Connection } from "@xyflow/react";
import { tokens } from "@fluentui/react-components";
import { isManagedTeam } from "../engine/managedTeam";
import type { TeamId } from "../engine/types";
import type { RoleInfo, TeamInfo } from "../data/types";
import { useStrings } from "./StringsContext";
import { FlowNode, LinkFlowEdge, NODE_HEIGHT, NODE_WIDTH } from "./graphTypes";
import { LinkEdge } from "./LinkEdge";
import { MoreNode } from "./MoreNode";
import { TeamNode } from "./TeamNode";
import { useReactFlowBaseStyles } from "./useReactFlowBaseStyles";
import { useStablePositions } from "./useStablePositions";
import { markTiming } from "./firstGraphTiming";
import type { Neighbourhood } from "./viewModel/neighbourhood";

export interface GraphViewProps {
    shown: Neighbourhood;
    teams: ReadonlyMap<TeamId, TeamInfo>;
    roles: readonly RoleInfo[];
    currentTeam: TeamId;
    selectedTeams: ReadonlySet<TeamId>;
    selectedLinks: ReadonlySet<string>;
    errorLinks: ReadonlySet<string>;
    readOnly: boolean;
    onConnect: (parent: TeamId, child: TeamId) => void;
    onSelectLink: (memberId: string | null) => void;
    onDeleteLinks: (memberIds: string[]) => void;
    onExpand: () => void;
}

const nodeTypes = { team: TeamNode, more: MoreNode };
const edgeTypes = { link: LinkEdge };
const MORE_ID = "\u0000more";
const DELETE_KEYS = ["Delete", "Backspace"];

function handles(width: number, height: number) {
    return [
        { type: "target" as const, position: "top" as never, x: width / 2 - 4, y: -4, width: 8, height: 8 },
        { type: "source" as const, position: "bottom" as never, x: width / 2 - 4, y: height - 4, width: 8, height: 8 },
    ];
}

/** The canvas: the neighbourhood laid out in layers, links drawn with their meaning, connect by drag or by two clicks. */
export const GraphView: React.FC<GraphViewProps> = (props) => {
    const { shown, teams, roles, currentTeam, selectedTeams, selectedLinks, errorLinks, readOnly, onConnect, onSelectLink, onDeleteLinks, onExpand } = props;
    useReactFlowBaseStyles();
    const getString = useStrings();
    const layoutNodes = React.useMemo(
        () => [...shown.teams, ...(shown.hidden > 0 ? [MORE_ID] : [])].map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
        [shown.teams, shown.hidden],
    );
    const layoutLinks = React.useMemo(() => shown.links.map((link) => ({ source: link.parent, target: link.child })), [shown.links]);
    const { positions, move } = useStablePositions(layoutNodes, layoutLinks);

    const nodes = React.useMemo<FlowNode[]>(
        () =>
            layoutNodes.map((node) => {
                const position = positions.get(node.id) ?? { x: 0, y: 0 };
                const common = { id: node.id, position, width: NODE_WIDTH, height: NODE_HEIGHT, deletable: false, handles: handles(NODE_WIDTH, NODE_HEIGHT) };
                if (node.id === MORE_ID) return { ...common, type: "more" as const, connectable: false, data: { hidden: shown.hidden, onExpand } };
                const team = teams.get(node.id);
                const badge = team && isManagedTeam(team) ? (team.isDefault ? "Editor_Badge_Default" : "Editor_Badge_Entra") : null;
                return {
                    ...common,
                    type: "team" as const,
                    selected: selectedTeams.has(node.id),
                    ariaLabel: team ? team.name : node.id,
                    connectable: !readOnly,
                    data: { name: team ? team.name : node.id, isCurrent: node.id === currentTeam, badge, highlighted: selectedTeams.has(node.id) } as const,
                };
            }),
        [layoutNodes, positions, teams, currentTeam, selectedTeams, readOnly, shown.hidden, onExpand],
    );
    const edges = React.useMemo<LinkFlowEdge[]>(
        () =>
            shown.links
                .filter((link) => link.parent !== link.child)
                .map((link) => {
                    const hasError = errorLinks.has(link.memberId);
                    const marker = { type: MarkerType.ArrowClosed, color: hasError ? tokens.colorPaletteRedForeground1 : undefined };
                    const roleName = link.roleId === null ? null : roles.find((role) => role.id === link.roleId)?.name ?? link.roleId;
                    return {
                        id: link.memberId,
                        type: "link" as const,
                        source: link.parent,
                        target: link.child,
                        selected: selectedLinks.has(link.memberId),
                        deletable: !readOnly,
                        markerEnd: marker,
                        markerStart: link.direction === "bidirectional" ? marker : undefined,
                        ariaLabel: `${teams.get(link.parent)?.name ?? link.parent} \u2192 ${teams.get(link.child)?.name ?? link.child}`,
                        data: { link, roleName, hasError },
                    };
                }),
        [shown.links, errorLinks, roles, selectedLinks, readOnly, teams],
    );

    React.useLayoutEffect(() => markTiming("graph-committed"), []);

    const onNodesChange = React.useCallback(
        (changes: NodeChange<FlowNode>[]) => {
            for (const change of changes) if (change.type === "position" && change.position) move(change.id, change.position);
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
    const connect = React.useCallback((connection: Connection) => {
        if (!readOnly && connection.source !== connection.target && connection.source !== MORE_ID && connection.target !== MORE_ID) onConnect(connection.source, connection.target);
    }, [onConnect, readOnly]);

    // No ReactFlowProvider of our own: the one ReactFlow makes starts from these nodes and edges, so
    // the first commit already draws the graph instead of waiting for an effect to hand them over.
    return (
        <ReactFlow
            aria-label={getString("Editor_Graph_Label")}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={connect}
            onEdgesDelete={(deleted) => onDeleteLinks(deleted.map((edge) => edge.id))}
            deleteKeyCode={readOnly ? null : DELETE_KEYS}
            nodesConnectable={!readOnly}
            connectOnClick={!readOnly}
            edgesFocusable
            nodesFocusable
            fitView
            minZoom={0.1}
            proOptions={{ hideAttribution: true }}
            ariaLabelConfig={{
                "node.a11yDescription.default": getString("Editor_Graph_NodeHelp"),
                "node.a11yDescription.keyboardDisabled": getString("Editor_Graph_NodeHelpNoKeys"),
                "edge.a11yDescription.default": getString("Editor_Graph_EdgeHelp"),
                "controls.ariaLabel": getString("Editor_Graph_Controls"),
                "controls.zoomIn.ariaLabel": getString("Editor_Graph_ZoomIn"),
                "controls.zoomOut.ariaLabel": getString("Editor_Graph_ZoomOut"),
                "controls.fitView.ariaLabel": getString("Editor_Graph_Fit"),
                "controls.interactive.ariaLabel": getString("Editor_Graph_Lock"),
                "handle.ariaLabel": getString("Editor_Graph_Handle"),
            }}
        >
            <Background />
            <Controls showInteractive={false} />
        </ReactFlow>
    );
};
