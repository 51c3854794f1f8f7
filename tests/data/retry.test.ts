import { throttled } from "../../playground/dataverse";
import { withRetry } from "../../TeamSyncEditor/data/retry";

describe("withRetry", () => {
    it("backs off 2 s, 4 s, 8 s when a 429 names no Retry-After, then gives up readable", async () => {
        const waits: number[] = [];
        let calls = 0;
        const noHeader = { ...throttled(1), retryAfter: undefined };
        await expect(
            withRetry(
                async () => {
                    calls++;
                    throw noHeader;
                },
                { sleep: async (ms) => void waits.push(ms) },
            ),
        ).rejects.toMatchObject({ kind: "throttled", args: ["0"] });
        expect(waits).toEqual([2000, 4000, 8000]);
        expect(calls).toBe(4);
    });

    it("does not retry other errors", async () => {
        let calls = 0;
        await expect(
            withRetry(async () => {
                calls++;
                throw new Error("nope");
            }),
        ).rejects.toMatchObject({ kind: "unknown", args: ["nope"] });
        expect(calls).toBe(1);
    });
});
