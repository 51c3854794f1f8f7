import { LayoutNode, LayoutOptions, Point } from "./types";

/**
 * Top-left corners from ordered layers: each layer is a row as tall as its tallest node, its
 * nodes packed left to right and the row centred on the widest one, so no two nodes overlap.
 */
export function assignCoordinates(
    nodes: readonly LayoutNode[],
    layers: readonly number[][],
    options: LayoutOptions,
): Map<string, Point> {
    const widths = layers.map(
        (layer) =>
            layer.reduce((sum, node) => sum + nodes[node].width, 0) + Math.max(0, layer.length - 1) * options.nodeGap,
    );
    const widest = widths.reduce((max, width) => Math.max(max, width), 0);
    const positions = new Map<string, Point>();
    let y = 0;
    layers.forEach((layer, index) => {
        let x = (widest - widths[index]) / 2;
        let rowHeight = 0;
        for (const node of layer) {
            positions.set(nodes[node].id, { x, y });
            x += nodes[node].width + options.nodeGap;
            rowHeight = Math.max(rowHeight, nodes[node].height);
        }
        if (layer.length > 0) y += rowHeight + options.layerGap;
    });
    return positions;
}
