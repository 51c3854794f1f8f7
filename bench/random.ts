/** A small seeded generator (mulberry32): the same seed always yields the same org. */
export class SeededRandom {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** Uniform in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** Uniform integer in [min, max]. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }

    /** A GUID-shaped id, as Dataverse record ids are. */
    guid(): string {
        const hex = (digits: number) =>
            Array.from({ length: digits }, () => Math.floor(this.next() * 16).toString(16)).join("");
        // Joined rather than concatenated: a flat string, as ids parsed from JSON are.
        return [hex(8), hex(4), hex(4), hex(4), hex(12)].join("-");
    }
}
