import { DEFAULT_LAYOUT_OPTIONS, LayoutLink, LayoutNode, LayoutOptions, Point } from "./types";

/**
 * Keeps every node that already has a position where it is and places only the new ones, so that
 * adding a team does not make the drawing jump: a new child goes below a placed parent, a new
 * parent above a placed child, then right until it overlaps nothing.
 */
export function placeNewNodes(
    nodes: readonly LayoutNode[],
    links: readonly LayoutLink[],
    previous: ReadonlyMap<string, Point>,
    options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): Map<string, Point> {
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const positions = new Map<string, Point>();
    for (const node of nodes) {
        const point = previous.get(node.id);
        if (point) positions.set(node.id, point);
    }
    const overlapping = (node: LayoutNode, at: Point): { right: number } | undefined => {
        for (const [id, point] of positions) {
            const other = byId.get(id) as LayoutNode;
            const apart =
                at.x >= point.x + other.width + options.nodeGap ||
                point.x >= at.x + node.width + options.nodeGap ||
                at.y >= point.y + other.height + options.nodeGap ||
                point.y >= at.y + node.height + options.nodeGap;
            if (!apart) return { right: point.x + other.width + options.nodeGap };
        }
        return undefined;
    };
    const bottom = (): number =>
        Math.max(
            0,
            ...[...positions].map(([id, point]) => point.y + (byId.get(id) as LayoutNode).height + options.layerGap),
        );
    for (const node of nodes) {
        if (positions.has(node.id)) continue;
        let at: Point = { x: 0, y: bottom() };
        for (const link of links) {
            const parent = link.target === node.id ? positions.get(link.source) : undefined;
            const child = link.source === node.id ? positions.get(link.target) : undefined;
            if (parent) {
                at = { x: parent.x, y: parent.y + (byId.get(link.source) as LayoutNode).height + options.layerGap };
                break;
            }
            if (child) {
                at = { x: child.x, y: child.y - node.height - options.layerGap };
                break;
            }
        }
        for (let clash = overlapping(node, at); clash; clash = overlapping(node, at)) at = { x: clash.right, y: at.y };
        positions.set(node.id, at);
    }
    return positions;
}
