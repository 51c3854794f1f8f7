// Stands in for d3-interpolate in the control's bundle (webpack.config.js aliases it here): d3-zoom and
// @xyflow/system import it only to interpolate between two zoom views, [x, y, width]. Transitions end at once in
// this bundle (instantTransitions.ts), and d3-zoom's tween sets the end view itself at t = 1, so a view
// interpolator is made but never sampled; a straight line serves for both imports. d3-interpolate itself would bring
// d3-color (its colour cases run at load).

/** The straight line from view `a` to view `b`. */
export function interpolate(a: readonly number[], b: readonly number[]): (t: number) => number[] {
    return (t) => a.map((value, i) => value + (b[i] - value) * t);
}

export { interpolate as interpolateZoom };
