/**
 * A GUID derived from a session seed and a key, so that the same edit names the same new record
 * every time it is resolved (preview and save agree) without keeping a table of generated ids.
 */

/** 32-bit FNV-1a of the text, salted so that four calls give four independent words. */
function fnv1a(text: string, salt: number): number {
    let hash = (0x811c9dc5 ^ salt) >>> 0;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
}

export function derivedId(seed: string, key: string): string {
    const hex = [0, 1, 2, 3].map((salt) => fnv1a(`${seed}|${key}`, salt).toString(16).padStart(8, "0")).join("");
    // Version 4 / variant 1 bits, so the id is a well-formed GUID.
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
