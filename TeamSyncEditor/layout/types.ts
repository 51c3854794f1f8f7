/** Input and output of the layered layout. Pure data: no React, no React Flow. */

export interface LayoutNode {
    id: string;
    width: number;
    height: number;
}

export interface LayoutLink {
    /** The parent end: links are drawn pointing down from it when the graph allows. */
    source: string;
    target: string;
}

export interface Point {
    x: number;
    y: number;
}

export interface LayoutOptions {
    /** Horizontal gap between neighbouring nodes of a layer. */
    nodeGap: number;
    /** Vertical gap between layers. */
    layerGap: number;
    /** Barycenter sweeps (one down and one up each). */
    sweeps: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { nodeGap: 40, layerGap: 80, sweeps: 4 };

export interface LayoutResult {
    /** Top-left corner of every node. */
    positions: Map<string, Point>;
    /** Layer of every node, 0 at the top. */
    layers: Map<string, number>;
}
