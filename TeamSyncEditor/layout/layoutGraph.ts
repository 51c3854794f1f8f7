import { assignCoordinates } from "./assignCoordinates";
import { assignLayers } from "./assignLayers";
import { breakCycles } from "./breakCycles";
import { collapseLinks } from "./collapseLinks";
import { orderLayers } from "./orderLayers";
import { DEFAULT_LAYOUT_OPTIONS, LayoutLink, LayoutNode, LayoutOptions, LayoutResult } from "./types";

/**
 * Layered drawing of what is shown: Bidirectional pairs collapsed, back-edges reversed,
 * longest-path layers (parents above children), barycenter sweeps, then coordinates.
 */
export function layoutGraph(
    nodes: readonly LayoutNode[],
    links: readonly LayoutLink[],
    options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): LayoutResult {
    const index = new Map<string, number>();
    nodes.forEach((node, i) => index.set(node.id, i));
    const edges = collapseLinks(new Set(index.keys()), links).map(
        (link) => [index.get(link.source) as number, index.get(link.target) as number] as [number, number],
    );
    const acyclic = breakCycles(nodes.length, edges);
    const layerOf = assignLayers(nodes.length, acyclic);
    const order = orderLayers(layerOf, acyclic, options.sweeps);
    const layers = new Map<string, number>();
    nodes.forEach((node, i) => layers.set(node.id, layerOf[i]));
    return { positions: assignCoordinates(nodes, order.layers, options), layers };
}
