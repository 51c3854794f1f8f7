import {
    edgeLabelText,
    edgeName,
    placeLabels,
    pointOnLink,
} from "../../TeamSyncEditor/components/viewModel/edgeLabels";
import type { LinkView } from "../../TeamSyncEditor/components/viewModel/linkView";
import { getString } from "./renderEditor";

const link = (parent: string, child: string, more: Partial<LinkView> = {}): LinkView => ({
    memberId: `${parent}-${child}`,
    configurationId: `g-${parent}`,
    configurationName: parent,
    configurationActive: true,
    parent,
    child,
    direction: "one-way",
    order: null,
    roleId: null,
    memberActive: true,
    active: true,
    ...more,
});

/** Label boxes as LinkEdge draws them (centred on the point, 6 px a character, 16 px high). */
function boxes(
    links: { id: string; source: { x: number; y: number }; target: { x: number; y: number }; text: string }[],
    at: (id: string) => number,
) {
    return links.map((l) => {
        const p = pointOnLink(l.source, l.target, at(l.id));
        const w = l.text.length * 6 + 10;
        return { left: p.x - w / 2, right: p.x + w / 2, top: p.y - 8, bottom: p.y + 8 };
    });
}

const overlaps = (b: ReturnType<typeof boxes>): number =>
    b.reduce(
        (n, x, i) =>
            n +
            b.slice(i + 1).filter((y) => x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom)
                .length,
        0,
    );

describe("edge labels", () => {
    it("mark an error plainly (never a bare Error: with nothing after it) and cut a long role name", () => {
        const text = edgeLabelText(
            link("A", "B", { order: 40 }),
            "Senior Loan Officer of the North Region",
            true,
            getString,
        );
        expect(text).toBe("⚠ error · order 40 · only Senior Loan Officer of …");
        expect(edgeLabelText(link("A", "B"), null, false, getString)).toBeNull();
    });

    it("name a link with its direction, ends, order, condition and state for screen readers", () => {
        const end = (name: string, more: object = {}) => ({ name, isCurrent: false, badge: null, ...more });
        expect(
            edgeName(
                link("A", "B", { order: 40 }),
                end("Commercial Lending Team", { isCurrent: true }),
                end("Approval Queue"),
                "Senior Loan Officer",
                false,
                getString,
            ),
        ).toBe(
            "Commercial Lending Team (this team) syncs its members to Approval Queue, order 40, only Senior Loan Officer",
        );
        expect(
            edgeName(
                link("A", "B", { direction: "bidirectional", active: false }),
                end("Loan Officers", { badge: "Editor_Badge_Entra" }),
                end("Credit Risk"),
                null,
                true,
                getString,
            ),
        ).toBe(
            "Loan Officers (entra id group) and Credit Risk sync their members both ways, turned off, has an error (see the issues below)",
        );
    });

    it("do not cover each other when two parents share their children (the middle of every link would)", () => {
        // Two parents side by side above four shared children, as the layered layout draws them.
        const parents = [
            { id: "P1", x: 240 },
            { id: "P2", x: 720 },
        ];
        const children = [0, 240, 480, 720].map((x, i) => ({ id: `C${i}`, x }));
        const links = parents.flatMap((p) =>
            children.map((c, i) => ({
                id: `${p.id}-${c.id}`,
                source: { x: p.x + 100, y: 64 },
                target: { x: c.x + 100, y: 208 },
                text: `order ${10 * (i + 1)} · only Senior Loan Officer`,
            })),
        );
        expect(overlaps(boxes(links, () => 0.5))).toBeGreaterThan(0);
        const placed = placeLabels(links);
        expect(overlaps(boxes(links, (id) => placed.get(id) as number))).toBe(0);
    });
});
