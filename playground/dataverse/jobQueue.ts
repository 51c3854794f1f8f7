import { seededRandom } from "./seededRandom";

/** An asynchronous step's run, as Dataverse's asynchronous service holds it until it runs. */
export type Job = () => void;

export interface JobQueueOptions {
    /** Seeds the pick among waiting jobs: the same seed, the same order. */
    seed?: number;
    /** Calls `next` later; a macrotask by default, so that the request that queued a job returns first. */
    schedule?: (next: () => void) => void;
}

const DEFAULT_SEED = 0x7ea5;

/**
 * Dataverse's asynchronous service as the playground's Dataverse runs it: a job runs after the request
 * that queued it has returned, one job a task, so that later requests interleave with the jobs; and
 * when several wait, the next is picked at random (seeded), as Dataverse promises no order among them.
 */
export class JobQueue {
    private pending: Job[] = [];
    private scheduled = false;
    private idleWaiters: (() => void)[] = [];
    private readonly pick: () => number;
    private readonly schedule: (next: () => void) => void;

    constructor(options: JobQueueOptions = {}) {
        this.pick = seededRandom(options.seed ?? DEFAULT_SEED);
        this.schedule = options.schedule ?? ((next) => void setTimeout(next, 0));
    }

    enqueue(job: Job): void {
        this.pending.push(job);
        this.scheduleNext();
    }

    /** How many jobs wait. */
    get waiting(): number {
        return this.pending.length;
    }

    /** Runs one waiting job, picked at random; false when none waits. A job that fails does not stop the others. */
    runNext(): boolean {
        if (this.pending.length === 0) return false;
        const [job] = this.pending.splice(Math.floor(this.pick() * this.pending.length), 1);
        try {
            job();
        } finally {
            this.afterRun();
        }
        return true;
    }

    /** Runs the waiting jobs, and those they queue, until none waits (tests drain the queue with it). */
    runAll(): void {
        while (this.runNext());
    }

    /** Resolves once no job waits, the scheduled runs having drained the queue. */
    idle(): Promise<void> {
        if (this.pending.length === 0) return Promise.resolve();
        return new Promise((resolve) => this.idleWaiters.push(resolve));
    }

    private scheduleNext(): void {
        if (this.scheduled || this.pending.length === 0) return;
        this.scheduled = true;
        this.schedule(() => {
            this.scheduled = false;
            this.runNext();
        });
    }

    private afterRun(): void {
        if (this.pending.length > 0) {
            this.scheduleNext();
            return;
        }
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const resolve of waiters) resolve();
    }
}
