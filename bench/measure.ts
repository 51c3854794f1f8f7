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

/**
 * Median wall times of several operations measured in alternation, round after round, so that
 * a shared machine's changing load weighs on each alike: their ratio is then a fair comparison.
 * Each round runs an operation in a batch of about 50 ms (timed per run), as a lone run after
 * another operation would mostly time refilling the caches that the other one emptied.
 */
export function interleavedMediansMs(runs: readonly (() => unknown)[], rounds = 21): number[] {
    const batches = runs.map((run) => Math.max(1, Math.round(50 / medianMs(run, 3))));
    const times = runs.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) {
        runs.forEach((run, i) => {
            const start = performance.now();
            for (let b = 0; b < batches[i]; b++) run();
            times[i].push((performance.now() - start) / batches[i]);
        });
    }
    return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}
