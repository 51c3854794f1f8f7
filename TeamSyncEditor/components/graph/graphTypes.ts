import type { Edge, Node } from "@xyflow/react";
import type { LinkView } from "../viewModel/linkView";

/** What a team's node draws. Names are data, rendered as text. */
export type TeamNodeData = {
    name: string;
    isCurrent: boolean;
    /** Resx key of the badge of a managed team (it cannot be a target), or null. */
    badge: "Editor_Badge_Entra" | "Editor_Badge_Default" | null;
    highlighted: boolean;
};

export type MoreNodeData = { hidden: number; onExpand: () => void };

export type LinkEdgeData = {
    link: LinkView;
    /** Role name of a conditional link, or null. */
    roleName: string | null;
    hasError: boolean;
};

export type TeamFlowNode = Node<TeamNodeData, "team">;
export type MoreFlowNode = Node<MoreNodeData, "more">;
export type FlowNode = TeamFlowNode | MoreFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, "link">;

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;
