import { LayoutLink, LayoutNode, Point } from "../../TeamSyncEditor/layout/types";

/** Test-side measures of a drawing, computed from coordinates alone (independent of the layout's own counts). */

export function overlaps(nodes: readonly LayoutNode[], positions: ReadonlyMap<string, Point>): string[] {
    const found: string[] = [];
    for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
            const a = positions.get(nodes[i].id) as Point;
            const b = positions.get(nodes[j].id) as Point;
            const apart =
                a.x + nodes[i].width <= b.x ||
                b.x + nodes[j].width <= a.x ||
                a.y + nodes[i].height <= b.y ||
                b.y + nodes[j].height <= a.y;
            if (!apart) found.push(`${nodes[i].id}/${nodes[j].id}`);
        }
    }
    return found;
}

/** Crossings of straight links between node centres, for links that join neighbouring rows. */
export function geometricCrossings(
    nodes: readonly LayoutNode[],
    links: readonly LayoutLink[],
    positions: ReadonlyMap<string, Point>,
): number {
    const size = new Map(nodes.map((node) => [node.id, node]));
    const centre = (id: string): Point => {
        const point = positions.get(id) as Point;
        const node = size.get(id) as LayoutNode;
        return { x: point.x + node.width / 2, y: point.y + node.height / 2 };
    };
    const segments = links.map((link) => {
        const [a, b] = [centre(link.source), centre(link.target)];
        return a.y <= b.y ? [a, b] : [b, a];
    });
    let crossings = 0;
    for (let i = 0; i < segments.length; i++) {
        for (let j = i + 1; j < segments.length; j++) {
            const [a1, a2] = segments[i];
            const [b1, b2] = segments[j];
            if (a1.y !== b1.y || a2.y !== b2.y) continue;
            if ((a1.x - b1.x) * (a2.x - b2.x) < 0) crossings++;
        }
    }
    return crossings;
}

/** The fewest crossings over every order of every row (rows given as lists of ids), by brute force. */
export function fewestCrossings(rows: string[][], links: readonly LayoutLink[]): number {
    const permutations = (items: string[]): string[][] =>
        items.length <= 1
            ? [items]
            : items.flatMap((item, i) =>
                  permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
              );
    const choices = rows.map(permutations);
    let best = Number.POSITIVE_INFINITY;
    const pick = (row: number, chosen: string[][]): void => {
        if (row === rows.length) {
            const place = new Map<string, [number, number]>();
            chosen.forEach((order, r) => order.forEach((id, x) => place.set(id, [r, x])));
            let crossings = 0;
            for (let i = 0; i < links.length; i++) {
                for (let j = i + 1; j < links.length; j++) {
                    const [ra1, xa1] = place.get(links[i].source) as [number, number];
                    const [, xa2] = place.get(links[i].target) as [number, number];
                    const [rb1, xb1] = place.get(links[j].source) as [number, number];
                    const [, xb2] = place.get(links[j].target) as [number, number];
                    if (ra1 === rb1 && (xa1 - xb1) * (xa2 - xb2) < 0) crossings++;
                }
            }
            best = Math.min(best, crossings);
            return;
        }
        for (const order of choices[row]) pick(row + 1, [...chosen, order]);
    };
    pick(0, []);
    return best;
}
