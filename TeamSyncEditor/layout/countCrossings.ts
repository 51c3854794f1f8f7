/**
 * Crossings between two neighbouring layers: edges are [position above, position below] pairs;
 * two edges cross when their ends are in opposite orders. Counted as inversions with a Fenwick tree.
 */
export function countCrossings(edges: ReadonlyArray<readonly [number, number]>, belowSize: number): number {
    const sorted = [...edges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const tree = new Array<number>(belowSize + 1).fill(0);
    let crossings = 0;
    let seen = 0;
    for (const [, below] of sorted) {
        // Edges already seen whose lower end is strictly right of this one's cross it.
        let notGreater = 0;
        for (let i = below + 1; i > 0; i -= i & -i) notGreater += tree[i];
        crossings += seen - notGreater;
        for (let i = below + 1; i <= belowSize; i += i & -i) tree[i]++;
        seen++;
    }
    return crossings;
}
