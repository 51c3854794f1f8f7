import * as React from "react";
import { layoutGraph } from "../../layout/layoutGraph";
import { placeNewNodes } from "../../layout/placeNewNodes";
import { timed } from "../firstGraphTiming";
import type { LayoutLink, LayoutNode, Point } from "../../layout/types";

/**
 * Positions of the shown nodes. While nodes are only added, those already drawn keep their place
 * (dragged ones included) and only the new ones are placed; any other change, or a link that would
 * point upwards, lays everything out anew.
 */
export function useStablePositions(
    nodes: readonly LayoutNode[],
    links: readonly LayoutLink[],
): {
    positions: ReadonlyMap<string, Point>;
    move: (id: string, to: Point) => void;
    /** Changes with each new layout (not with a drag). */
    layout: ReadonlyMap<string, Point>;
} {
    const previous = React.useRef<ReadonlyMap<string, Point>>(new Map());
    const laid = React.useMemo(() => {
        const before = previous.current;
        const kept = nodes.filter((node) => before.has(node.id)).length;
        // A link drawn upwards between kept nodes (a new parent placed below) needs a new layout.
        const upwards = links.some((link) => {
            const parent = before.get(link.source);
            const child = before.get(link.target);
            return parent !== undefined && child !== undefined && parent.y >= child.y;
        });
        const onlyAdded = before.size > 0 && kept === before.size && !upwards;
        return timed("layout", () =>
            onlyAdded ? placeNewNodes(nodes, links, before) : layoutGraph(nodes, links).positions,
        );
    }, [nodes, links]);
    // Drags apply to the layout they were made on; a new layout starts without them.
    const [moves, setMoves] = React.useState<{
        base: ReadonlyMap<string, Point> | null;
        at: ReadonlyMap<string, Point>;
    }>({ base: null, at: new Map() });
    const positions = React.useMemo(() => {
        const result = moves.base === laid ? new Map([...laid, ...moves.at]) : laid;
        previous.current = result;
        return result;
    }, [laid, moves]);
    const move = React.useCallback(
        (id: string, to: Point) =>
            setMoves((current) => ({ base: laid, at: new Map(current.base === laid ? current.at : []).set(id, to) })),
        [laid],
    );
    return { positions, move, layout: laid };
}
