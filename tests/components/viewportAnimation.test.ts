// The control's bundle swaps d3-transition for instant transitions (TeamSyncEditor/components/graph/
// instantTransitions.ts): an animated viewport would silently jump instead. So no code that uses React Flow asks
// for one: no `duration` (fitView, setCenter, setViewport, zoomIn/zoomOut, fitBounds, Controls' fitViewOptions).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..", "TeamSyncEditor");

function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return sources(full);
        return /\.tsx?$/.test(entry.name) ? [full] : [];
    });
}

describe("the viewport is never animated", () => {
    const flowUsers = sources(root).filter((file) => /from\s+["']@xyflow\/react["']/.test(readFileSync(file, "utf8")));

    test("React Flow is used (the scan below looks at real files)", () => {
        expect(flowUsers.map((file) => path.basename(file))).toEqual(expect.arrayContaining(["GraphView.tsx"]));
    });

    test.each(flowUsers.map((file) => [path.relative(root, file), file]))("%s passes no duration", (_, file) => {
        const code = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
        expect(code.match(/\bduration\b.*$/gm) ?? []).toEqual([]);
    });
});
