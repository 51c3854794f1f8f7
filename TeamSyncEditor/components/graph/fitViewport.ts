import type { TeamId } from "../../engine/types";
import type { Point } from "../../layout/types";
import { LEGIBLE_ZOOM, NODE_HEIGHT, NODE_WIDTH } from "./graphTypes";

/** Room kept around what is fitted, as a share of the view. */
export const FIT_PADDING = 0.1;

export interface Viewport {
    x: number;
    y: number;
    zoom: number;
}

interface Box {
    left: number;
    top: number;
    right: number;
    bottom: number;
}

/**
 * The view that keeps what matters in sight: the whole drawing when it fits at a legible zoom.
 * Otherwise as much of it as the legible zoom shows around the focused teams (all of them when they
 * fit, else the first), without showing empty space past the drawing's edges: a team at the top of
 * a large drawing is shown near the top of the view, with the teams below it, not alone in the middle.
 */
export function fitViewport(
    positions: ReadonlyMap<string, Point>,
    focus: readonly TeamId[],
    width: number,
    height: number,
): Viewport | null {
    const drawing = boxOf(positions, positions.keys());
    if (!drawing) return null;
    const whole = fitBox(drawing, width, height);
    if (whole.zoom >= LEGIBLE_ZOOM) return whole;
    const focused = boxOf(positions, focus);
    const first = focus.find((id) => positions.has(id));
    if (!focused || first === undefined) return null;
    const target = fitBox(focused, width, height).zoom >= LEGIBLE_ZOOM ? focused : (boxOf(positions, [first]) as Box);
    const zoom = LEGIBLE_ZOOM;
    const centre = {
        x: clampCentre((target.left + target.right) / 2, drawing.left, drawing.right, width / zoom),
        y: clampCentre((target.top + target.bottom) / 2, drawing.top, drawing.bottom, height / zoom),
    };
    return { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom, zoom };
}

/** The box fitted with padding, at a zoom no larger than 1. */
function fitBox(box: Box, width: number, height: number): Viewport {
    const usable = 1 - 2 * FIT_PADDING;
    const zoom = Math.min(1, (width * usable) / (box.right - box.left), (height * usable) / (box.bottom - box.top));
    return {
        x: width / 2 - ((box.left + box.right) / 2) * zoom,
        y: height / 2 - ((box.top + box.bottom) / 2) * zoom,
        zoom,
    };
}

/**
 * A centre along one axis moved so that a view `span` wide shows no more than the padding past the
 * drawing's edges (`low`..`high`), or the drawing's middle when it is narrower than the view.
 */
function clampCentre(centre: number, low: number, high: number, span: number): number {
    const pad = span * FIT_PADDING;
    if (high - low + 2 * pad <= span) return (low + high) / 2;
    return Math.min(Math.max(centre, low - pad + span / 2), high + pad - span / 2);
}

function boxOf(positions: ReadonlyMap<string, Point>, ids: Iterable<string>): Box | null {
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const id of ids) {
        const p = positions.get(id);
        if (!p) continue;
        left = Math.min(left, p.x);
        top = Math.min(top, p.y);
        right = Math.max(right, p.x + NODE_WIDTH);
        bottom = Math.max(bottom, p.y + NODE_HEIGHT);
    }
    return left === Infinity ? null : { left, top, right, bottom };
}
