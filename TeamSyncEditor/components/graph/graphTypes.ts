import type { Edge, Node } from "@xyflow/react";
import type { LinkView } from "../viewModel/linkView";

/** What a team's node draws. Names are data, rendered as text. */
export type TeamNodeData = {
    name: string;
    isCurrent: boolean;
    /** Resx key of the badge of a managed team (it cannot be a target), or null. */
    badge: "Editor_Badge_Entra" | "Editor_Badge_Default" | null;
    highlighted: boolean;
    /** Accessible names of the node's two connection points. */
    parentHandleName: string;
    childHandleName: string;
};

/** "+N more": `label` says what it stands for; pressing it shows them. */
export type MoreNodeData = { label: string; onExpand: () => void };

export type LinkEdgeData = {
    link: LinkView;
    /** The short label drawn on the link, or null. */
    label: string | null;
    /** Where along the link the label sits (0 at the parent, 1 at the child), clear of other labels. */
    labelAt: number;
    hasError: boolean;
};

export type TeamFlowNode = Node<TeamNodeData, "team">;
export type MoreFlowNode = Node<MoreNodeData, "more">;
export type FlowNode = TeamFlowNode | MoreFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, "link">;

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;
/** The smallest zoom the drawing takes: its smallest text (12 px) stays at least 9.6 px on screen. */
export const LEGIBLE_ZOOM = 0.8;
