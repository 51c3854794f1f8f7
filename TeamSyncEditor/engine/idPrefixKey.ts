/**
 * A number ordered like ids (code unit by code unit, docs/semantics.md §2) wherever two of them differ: the
 * first three code units, each plus 1 (0 past the end, so that a prefix sorts first) in 17 bits,
 * 51 bits in all, exact in a double. Comparing two ids reads both strings, which in a large org
 * lie scattered through memory; a sort reads each id once into this key, compares keys, and
 * compares ids as strings only where keys tie.
 */
export function idPrefixKey(id: string): number {
    return codeUnit(id, 0) * 2 ** 34 + codeUnit(id, 1) * 2 ** 17 + codeUnit(id, 2);
}

function codeUnit(id: string, i: number): number {
    return i < id.length ? id.charCodeAt(i) + 1 : 0;
}
