import fc from "fast-check";
import { layoutGraph } from "../../TeamSyncEditor/layout/layoutGraph";
import { LayoutLink, LayoutNode } from "../../TeamSyncEditor/layout/types";
import { fewestCrossings, geometricCrossings, overlaps } from "./drawingMeasures";

const box = (id: string, width = 160, height = 48): LayoutNode => ({ id, width, height });

describe("layoutGraph", () => {
    it("never overlaps two nodes, whatever the graph and the node sizes", () => {
        fc.assert(
            fc.property(
                fc.array(
                    fc.record({ width: fc.integer({ min: 20, max: 300 }), height: fc.integer({ min: 20, max: 120 }) }),
                    { minLength: 1, maxLength: 40 },
                ),
                fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
                (sizes, pairs) => {
                    const nodes = sizes.map((size, i) => box(`n${i}`, size.width, size.height));
                    const links = pairs.map(([a, b]) => ({
                        source: `n${a % nodes.length}`,
                        target: `n${b % nodes.length}`,
                    }));
                    const { positions } = layoutGraph(nodes, links);
                    expect(positions.size).toBe(nodes.length);
                    expect(overlaps(nodes, positions)).toEqual([]);
                },
            ),
            { numRuns: 200 },
        );
    });

    it("draws every link of an acyclic graph pointing down, parents above the current team and children below", () => {
        const nodes = ["GP", "P1", "P2", "ME", "C1", "C2", "GC"].map((id) => box(id));
        const links: LayoutLink[] = [
            { source: "GP", target: "P1" },
            { source: "P1", target: "ME" },
            { source: "P2", target: "ME" },
            { source: "ME", target: "C1" },
            { source: "ME", target: "C2" },
            { source: "C2", target: "GC" },
            { source: "GP", target: "GC" },
        ];
        const { positions } = layoutGraph(nodes, links);
        for (const link of links) {
            const source = positions.get(link.source)!;
            const target = positions.get(link.target)!;
            expect(target.y).toBeGreaterThan(source.y + 48);
        }
    });

    it("draws random acyclic graphs with every link pointing down", () => {
        fc.assert(
            fc.property(
                fc.integer({ min: 2, max: 30 }),
                fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
                (count, pairs) => {
                    const nodes = Array.from({ length: count }, (_, i) => box(`n${i}`));
                    // Links from a lower index to a higher one cannot form a cycle.
                    const links = pairs
                        .map(([a, b]) => [a % count, b % count])
                        .filter(([a, b]) => a < b)
                        .map(([a, b]) => ({ source: `n${a}`, target: `n${b}` }));
                    const { positions } = layoutGraph(nodes, links);
                    for (const link of links)
                        expect(positions.get(link.target)!.y).toBeGreaterThan(positions.get(link.source)!.y);
                },
            ),
        );
    });

    it("stays within one crossing of the best drawing of a twisted two-row fixture", () => {
        const top = ["A", "B", "C", "D", "E"];
        const bottom = ["v", "w", "x", "y", "z"];
        const links: LayoutLink[] = [
            { source: "A", target: "z" },
            { source: "A", target: "y" },
            { source: "B", target: "x" },
            { source: "C", target: "w" },
            { source: "C", target: "x" },
            { source: "D", target: "v" },
            { source: "E", target: "v" },
            { source: "E", target: "y" },
        ];
        const nodes = [...top, ...bottom].map((id) => box(id));
        const { positions } = layoutGraph(nodes, links);
        const best = fewestCrossings([top, bottom], links);
        expect(geometricCrossings(nodes, links, positions)).toBeLessThanOrEqual(best + 1);
    });

    it("stays within one crossing of the best drawing of a three-row fixture listed in a bad order", () => {
        const rows = [
            ["R2", "R1", "R3"],
            ["b", "d", "a", "c"],
            ["y", "w", "x", "z"],
        ];
        const links: LayoutLink[] = [
            { source: "R1", target: "a" },
            { source: "R1", target: "b" },
            { source: "R2", target: "c" },
            { source: "R3", target: "d" },
            { source: "R2", target: "b" },
            { source: "a", target: "w" },
            { source: "b", target: "x" },
            { source: "c", target: "y" },
            { source: "d", target: "z" },
            { source: "c", target: "x" },
        ];
        const nodes = rows.flat().map((id) => box(id));
        const { positions, layers } = layoutGraph(nodes, links);
        rows.forEach((row, r) => row.forEach((id) => expect(layers.get(id)).toBe(r)));
        expect(geometricCrossings(nodes, links, positions)).toBeLessThanOrEqual(fewestCrossings(rows, links) + 1);
    });

    it("lays out a cycle and a bidirectional pair without error", () => {
        const nodes = ["A", "B", "C", "D", "E"].map((id) => box(id));
        const links: LayoutLink[] = [
            { source: "A", target: "B" },
            { source: "B", target: "C" },
            { source: "C", target: "A" },
            { source: "D", target: "E" },
            { source: "E", target: "D" },
            { source: "A", target: "A" },
        ];
        const { positions, layers } = layoutGraph(nodes, links);
        expect(positions.size).toBe(5);
        expect(overlaps(nodes, positions)).toEqual([]);
        expect(new Set(["A", "B", "C"].map((id) => layers.get(id))).size).toBe(3);
        expect(Math.abs(layers.get("D")! - layers.get("E")!)).toBe(1);
    });

    it("ignores links to nodes that are not shown", () => {
        const { positions } = layoutGraph([box("A")], [{ source: "A", target: "hidden" }]);
        expect([...positions.keys()]).toEqual(["A"]);
    });
});
