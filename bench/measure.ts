/** Median wall time of `run` in milliseconds, after `warmup` unmeasured runs. */
export function medianMs(run: () => unknown, runs = 21, warmup = 5): number {
    for (let i = 0; i < warmup; i++) run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
}
