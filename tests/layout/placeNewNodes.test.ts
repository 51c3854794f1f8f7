import fc from "fast-check";
import { layoutGraph } from "../../TeamSyncEditor/layout/layoutGraph";
import { placeNewNodes } from "../../TeamSyncEditor/layout/placeNewNodes";
import { LayoutLink, LayoutNode } from "../../TeamSyncEditor/layout/types";
import { overlaps } from "./drawingMeasures";

const box = (id: string): LayoutNode => ({ id, width: 160, height: 48 });

describe("placeNewNodes", () => {
    it("keeps existing nodes where they were, puts a new child below its parent and a new parent above its child", () => {
        const nodes = ["ME", "C1", "C2"].map(box);
        const links: LayoutLink[] = [
            { source: "ME", target: "C1" },
            { source: "ME", target: "C2" },
        ];
        const before = layoutGraph(nodes, links).positions;
        const grown = [...nodes, box("C3"), box("P")];
        const grownLinks = [...links, { source: "ME", target: "C3" }, { source: "P", target: "ME" }];
        const after = placeNewNodes(grown, grownLinks, before);
        for (const [id, point] of before) expect(after.get(id)).toEqual(point);
        expect(after.get("C3")!.y).toBeGreaterThan(after.get("ME")!.y);
        expect(after.get("P")!.y).toBeLessThan(after.get("ME")!.y);
        expect(overlaps(grown, after)).toEqual([]);
    });

    it("never overlaps, and never moves a placed node, as random teams are added", () => {
        fc.assert(
            fc.property(
                fc.integer({ min: 1, max: 15 }),
                fc.integer({ min: 1, max: 10 }),
                fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
                (start, added, pairs) => {
                    const total = start + added;
                    const nodes = Array.from({ length: total }, (_, i) => box(`n${i}`));
                    const links = pairs.map(([a, b]) => ({ source: `n${a % total}`, target: `n${b % total}` }));
                    const shown = nodes.slice(0, start);
                    const before = layoutGraph(shown, links).positions;
                    const after = placeNewNodes(nodes, links, before);
                    for (const [id, point] of before) expect(after.get(id)).toEqual(point);
                    expect(overlaps(nodes, after)).toEqual([]);
                },
            ),
        );
    });
});
