import { seededRandom } from "../playground/dataverse/seededRandom";

/** A seeded generator (the playground's mulberry32): the same seed always yields the same org. */
export class SeededRandom {
    /** Uniform in [0, 1). */
    readonly next: () => number;

    constructor(seed: number) {
        this.next = seededRandom(seed);
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
