/** @jest-environment node */
/** The view the graph is fitted to: the whole drawing when legible, else a legible neighbourhood of the focused teams. */
import { fitViewport, FIT_PADDING } from "../../TeamSyncEditor/components/graph/fitViewport";
import { LEGIBLE_ZOOM, NODE_HEIGHT, NODE_WIDTH } from "../../TeamSyncEditor/components/graph/graphTypes";
import type { Point } from "../../TeamSyncEditor/layout/types";

/** A team at the top with `children` in a row below it, and `grandchildren` in a row below those. */
function tree(children: number, grandchildren: number): Map<string, Point> {
    const positions = new Map<string, Point>([["top", { x: ((children - 1) * 240) / 2, y: 0 }]]);
    for (let i = 0; i < children; i++) positions.set(`child ${i}`, { x: i * 240, y: 160 });
    for (let i = 0; i < grandchildren; i++) positions.set(`grandchild ${i}`, { x: i * 240, y: 320 });
    return positions;
}

/** What a view shows of the drawing, in the drawing's coordinates. */
function shown(view: { x: number; y: number; zoom: number }, width: number, height: number) {
    return {
        left: -view.x / view.zoom,
        top: -view.y / view.zoom,
        right: (width - view.x) / view.zoom,
        bottom: (height - view.y) / view.zoom,
    };
}

const inside = (p: Point, area: ReturnType<typeof shown>) =>
    p.x >= area.left && p.y >= area.top && p.x + NODE_WIDTH <= area.right && p.y + NODE_HEIGHT <= area.bottom;

describe("fitting the graph", () => {
    it("fits a drawing that is legible whole, at no more than its own size", () => {
        const positions = tree(3, 0);
        const view = fitViewport(positions, ["top"], 1000, 600);
        expect(view?.zoom).toBe(1);
        const area = shown(view!, 1000, 600);
        for (const p of positions.values()) expect(inside(p, area)).toBe(true);
    });

    it("shows the top team of a large drawing near the top of the view, with the rows below it, not alone in the middle", () => {
        const positions = tree(100, 100);
        const view = fitViewport(positions, ["top"], 1000, 376);
        expect(view?.zoom).toBe(LEGIBLE_ZOOM);
        const area = shown(view!, 1000, 376);
        const top = positions.get("top") as Point;
        expect(inside(top, area)).toBe(true);
        // No more than the padding is left empty above the drawing.
        expect(top.y - area.top).toBeCloseTo((376 / LEGIBLE_ZOOM) * FIT_PADDING, 5);
        const childrenShown = [...positions].filter(([id, p]) => id.startsWith("child") && inside(p, area));
        expect(childrenShown.length).toBeGreaterThanOrEqual(4);
    });

    it("centres a focused team in the middle of a drawing too large to show whole", () => {
        const positions = tree(100, 100);
        const view = fitViewport(positions, ["child 50"], 1000, 376);
        const area = shown(view!, 1000, 376);
        const child = positions.get("child 50") as Point;
        expect((area.left + area.right) / 2).toBeCloseTo(child.x + NODE_WIDTH / 2, 5);
        expect((area.top + area.bottom) / 2).toBeCloseTo(child.y + NODE_HEIGHT / 2, 5);
    });

    it("keeps a team at a corner of the drawing in view, the drawing filling the rest", () => {
        const positions = tree(100, 100);
        const view = fitViewport(positions, ["grandchild 99"], 1000, 376);
        const area = shown(view!, 1000, 376);
        const corner = positions.get("grandchild 99") as Point;
        expect(inside(corner, area)).toBe(true);
        expect(area.right - (corner.x + NODE_WIDTH)).toBeCloseTo((1000 / LEGIBLE_ZOOM) * FIT_PADDING, 5);
    });

    it("fits nothing when nothing is drawn, and the first focused team when the focused teams are too far apart", () => {
        expect(fitViewport(new Map(), ["top"], 1000, 376)).toBeNull();
        const positions = tree(100, 0);
        const view = fitViewport(positions, ["child 0", "child 99"], 1000, 376);
        expect(inside(positions.get("child 0") as Point, shown(view!, 1000, 376))).toBe(true);
    });
});
