/**
 * Median wall time of `run` in milliseconds over `runs` runs, after warming up (at least 10 runs
 * and 300 ms) so that the JIT has optimised the code being timed.
 */
export function medianMs(run: () => unknown, runs = 21): number {
    const warmupStart = performance.now();
    for (let i = 0; i < 10 || performance.now() - warmupStart < 300; i++) run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
}
