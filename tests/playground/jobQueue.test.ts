/** @jest-environment node */
/** The playground's asynchronous service: jobs run after the request, one a task, in a seeded order that is not the queue's. */
import { JobQueue } from "../../playground/dataverse";

/** A queue whose tasks wait in `tasks` until the test runs them. */
function heldQueue(seed?: number) {
    const tasks: (() => void)[] = [];
    const queue = new JobQueue({ seed, schedule: (next) => tasks.push(next) });
    return { queue, tasks };
}

describe("the playground's job queue", () => {
    it("runs nothing while the request that queued the jobs runs, then one job a task, so that requests interleave", () => {
        const { queue, tasks } = heldQueue();
        const ran: string[] = [];
        queue.enqueue(() => ran.push("a"));
        queue.enqueue(() => ran.push("b"));
        expect([ran, tasks.length]).toEqual([[], 1]);

        tasks.shift()?.();
        expect([ran.length, queue.waiting, tasks.length]).toEqual([1, 1, 1]);
        queue.enqueue(() => ran.push("c"));
        expect(tasks.length).toBe(1);

        tasks.shift()?.();
        tasks.shift()?.();
        expect([[...ran].sort(), queue.waiting, tasks.length]).toEqual([["a", "b", "c"], 0, 0]);
    });

    it("picks among waiting jobs by its seed: the same seed, the same order, and not always the order they came in", () => {
        const order = (seed: number) => {
            const { queue } = heldQueue(seed);
            const ran: number[] = [];
            for (let i = 0; i < 5; i++) queue.enqueue(() => ran.push(i));
            queue.runAll();
            return ran.join("");
        };
        expect(order(7)).toBe(order(7));
        expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(order)).size).toBeGreaterThan(1);
    });

    it("runs the jobs a job queues, keeps running after a job fails, and says when it is idle", async () => {
        const queue = new JobQueue();
        const ran: string[] = [];
        queue.enqueue(() => {
            ran.push("first");
            queue.enqueue(() => ran.push("queued by the first"));
        });
        queue.enqueue(() => {
            throw new Error("failed");
        });
        expect(() => queue.runAll()).toThrow("failed");
        queue.runAll();
        await queue.idle();
        expect(ran.sort()).toEqual(["first", "queued by the first"]);
        expect(queue.waiting).toBe(0);
    });
});
