/**
 * User Timing entries of the first graph's phases, named "teamsync:…": the first-graph bench reads
 * them, and the browser's performance tools show them on a real form. Marks: "load-start",
 * "load-end", "graph-committed"; measures: "engine" and "layout", one per run.
 */
export type TimingMark = "load-start" | "load-end" | "graph-committed";
export type TimedPhase = "engine" | "layout";

const PREFIX = "teamsync:";
const timing: Performance | undefined =
    typeof performance !== "undefined" && typeof performance.mark === "function" ? performance : undefined;

export function markTiming(name: TimingMark): void {
    timing?.mark(PREFIX + name);
}

/** Runs `work`, recording how long it took as a measure of `phase`. */
export function timed<T>(phase: TimedPhase, work: () => T): T {
    if (!timing || typeof timing.measure !== "function") return work();
    const start = timing.now();
    const result = work();
    timing.measure(PREFIX + phase, { start, end: timing.now() });
    return result;
}
