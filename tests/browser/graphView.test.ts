// The graph as an admin reads it: direction visible and spoken, what matters kept in view
// at a legible size, a refused drop explained, the Large org readable at depth 2.
import assert from "node:assert/strict";
import { describe } from "node:test";
import { Locator } from "playwright-core";
import { seriousAxeViolations } from "./support/axe";
import { EditorPanel } from "./support/editorPanel";
import type { PageSession } from "./support/pageSession";
import { PlaygroundPage } from "./support/playgroundPage";
import { playgroundSuite } from "./support/playgroundSuite";

/** Smallest on-screen size of the drawing's text (12 px at zoom 0.8), in CSS pixels. */
const LEGIBLE_PX = 9.5;

describe("the graph in the playground", () => {
    let session: PageSession;
    let playground: PlaygroundPage;
    let editor: EditorPanel;
    const scenario = playgroundSuite((opened) => ({ session, playground, editor } = opened));

    const inView = async (node: Locator): Promise<boolean> => {
        const [view, box] = [await editor.graphBox(), await node.boundingBox()];
        return (
            box !== null &&
            box.x >= view.x - 1 &&
            box.y >= view.y - 1 &&
            box.x + box.width <= view.x + view.width + 1 &&
            box.y + box.height <= view.y + view.height + 1
        );
    };
    /** A link by its accessible name. */
    const link = (name: string): Locator => editor.graph().locator(`.react-flow__edge[aria-label="${name}"]`);
    /** Waits for a link (an SVG group, which has no box of its own) to be drawn. */
    const linkDrawn = (name: string) => link(name).waitFor({ state: "attached" });
    /** The drawing's zoom, from its viewport transform. */
    const zoom = async (): Promise<number> =>
        editor
            .graph()
            .locator(".react-flow__viewport")
            .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);

    scenario(
        "direction shows: painted arrowheads at the child, both ends when bidirectional, and links named with their meaning",
        async () => {
            await playground.open({ fresh: true });
            await editor.waitUntilLoaded();
            const approval = link(
                "Commercial Lending Team (this team) syncs its members to Approval Queue, order 40, only Senior Loan Officer",
            );
            await approval.waitFor({ state: "attached" });
            const heads = await editor
                .graph()
                .locator(".react-flow__arrowhead polyline")
                .evaluateAll((elements) =>
                    elements.map((element) => ({
                        fill: getComputedStyle(element).fill,
                        stroke: getComputedStyle(element).stroke,
                    })),
                );
            assert.ok(heads.length > 0, "arrowheads are defined");
            for (const head of heads) {
                assert.notEqual(head.fill, "none", JSON.stringify(heads));
                assert.notEqual(head.stroke, "none", JSON.stringify(heads));
            }
            assert.ok(
                await approval.locator("path").first().getAttribute("marker-end"),
                "the child end has an arrowhead",
            );
            assert.equal(
                await approval.locator("path").first().getAttribute("marker-start"),
                null,
                "a One-way link has no arrowhead at its parent",
            );
            await linkDrawn(
                "Loan Officers (Entra ID) (entra id group) syncs its members to Commercial Lending Team (this team), order 10",
            );
            await editor
                .graph()
                .locator('.react-flow__node[aria-label="Commercial Lending Team (this team)"]')
                .waitFor();
            const handleNames = await editor
                .graph()
                .locator(".react-flow__handle")
                .evaluateAll((elements) => elements.map((element) => element.getAttribute("aria-label") ?? ""));
            assert.ok(
                handleNames.length > 0 && handleNames.every((name) => name.length > 0),
                JSON.stringify(handleNames),
            );
            assert.deepEqual(await seriousAxeViolations(session.page), []);

            await playground.openTeam("Underwriting");
            await editor.waitUntilLoaded();
            const both = editor
                .graph()
                .locator('.react-flow__edge[aria-label*="sync their members both ways"]')
                .first();
            await both.waitFor({ state: "attached" });
            assert.ok(
                await both.locator("path").first().getAttribute("marker-start"),
                "a Bidirectional link has arrowheads at both ends",
            );
            assert.ok(await both.locator("path").first().getAttribute("marker-end"));
            assert.deepEqual(session.errors(), []);
        },
    );

    scenario("a new parent is drawn above this team, and new teams come into view", async () => {
        await playground.openTeam("Commercial Lending Team");
        await editor.waitUntilLoaded();
        const page = session.page;
        await editor.root.getByRole("button", { name: editor.strings.get("Editor_AddParent"), exact: true }).click();
        const picker = editor.picker("parent");
        await picker.getByRole("combobox", { name: editor.strings.get("Editor_Picker_Label") }).waitFor();
        await page.keyboard.type("Treasury Operations");
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Enter");
        await editor.tabTo(picker.getByRole("button", { name: editor.strings.get("Editor_Picker_Add"), exact: true }));
        await page.keyboard.press("Enter");
        await picker.waitFor({ state: "detached" });
        const treasury = editor.graphNode("Treasury Operations");
        await treasury.waitFor();
        const [parentBox, childBox] = [
            await treasury.boundingBox(),
            await editor.graphNode("Commercial Lending Team").boundingBox(),
        ];
        assert.ok(
            parentBox && childBox && parentBox.y + parentBox.height < childBox.y,
            `the parent is above: ${JSON.stringify([parentBox, childBox])}`,
        );
        // The drawing does not fit this canvas legibly: the new link's two ends are kept in view.
        for (const team of ["Treasury Operations", "Commercial Lending Team"])
            assert.ok(await inView(editor.graphNode(team)), `${team} is in view`);
        assert.ok((await zoom()) >= 0.8);
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        await editor.root.getByRole("button", { name: editor.strings.get("Editor_Undo") }).click();
        assert.deepEqual(session.errors(), []);
    });

    scenario(
        "connection points are named and work from the keyboard; linking onto an Entra ID group team says why no link was made",
        async () => {
            const refusal = editor.root.getByRole("alert").filter({
                hasText: editor.strings.format(
                    "Editor_Graph_LinkRefused",
                    "Loan Officers (Entra ID)",
                    editor.strings.get("Editor_Picker_EntraGroup"),
                ),
            });
            await editor
                .graph()
                .getByRole("button", { name: editor.strings.format("Editor_Handle_Child", "Commercial Lending Team") })
                .focus();
            await session.page.keyboard.press("Enter");
            await editor
                .graph()
                .getByRole("button", {
                    name: editor.strings.format("Editor_Handle_Parent", "Loan Officers (Entra ID)"),
                })
                .focus();
            await session.page.keyboard.press("Enter");
            await refusal.waitFor();
            assert.deepEqual(await seriousAxeViolations(session.page), []);
            await editor.root.getByRole("button", { name: editor.strings.get("Editor_Close") }).click();
            await refusal.waitFor({ state: "detached" });
            // Two teams that may be linked: the same presses make the link.
            await editor
                .graph()
                .getByRole("button", { name: editor.strings.format("Editor_Handle_Child", "Private Workspace") })
                .focus();
            await session.page.keyboard.press("Enter");
            await editor
                .graph()
                .getByRole("button", { name: editor.strings.format("Editor_Handle_Parent", "Reporting Access") })
                .focus();
            await session.page.keyboard.press("Enter");
            await linkDrawn("Private Workspace syncs its members to Reporting Access");
            await editor.root.getByRole("button", { name: editor.strings.get("Editor_Undo") }).click();
            assert.deepEqual(session.errors(), []);
        },
    );

    scenario(
        "a found team is centred at a legible zoom, and Fit brings the drawing back after panning away",
        async () => {
            const search = editor.root.getByRole("combobox", { name: editor.strings.get("Editor_Search") });
            await search.fill("Underwriting");
            await session.page.keyboard.press("ArrowDown");
            await session.page.keyboard.press("Enter");
            const found = editor.graphNode("Underwriting");
            await found.waitFor();
            await session.page.waitForTimeout(300);
            assert.ok(await inView(found), "the found team is in view");
            assert.ok((await zoom()) >= 0.8, "at a legible zoom");
            // Pan the drawing away, then Fit.
            const view = await editor.graphBox();
            await session.page.mouse.move(view.x + view.width - 20, view.y + 20);
            await session.page.mouse.down();
            await session.page.mouse.move(view.x + 20, view.y + view.height - 20, { steps: 6 });
            await session.page.mouse.up();
            assert.ok(!(await inView(found)), "panned away");
            await editor.root.getByRole("button", { name: editor.strings.get("Editor_Graph_Fit") }).click();
            await session.page.waitForTimeout(300);
            assert.ok(await inView(found), "Fit brought it back");
            assert.deepEqual(await seriousAxeViolations(session.page), []);
            assert.deepEqual(session.errors(), []);
        },
    );

    scenario("Zoom in and Zoom out step the zoom, a double-click on the canvas zooms in, with Shift out", async () => {
        const near = (expected: number) => async () => Math.abs((await zoom()) - expected) < 0.01;
        const settles = async (expected: number, what: string) => {
            for (let tries = 0; tries < 20 && !(await near(expected)()); tries++) await session.page.waitForTimeout(50);
            assert.ok(await near(expected)(), `${what}: zoom ${await zoom()}, expected ${expected}`);
        };
        const button = (key: string) => editor.root.getByRole("button", { name: editor.strings.get(key) });
        await button("Editor_Graph_Fit").click();
        const fitted = await zoom();
        await button("Editor_Graph_ZoomIn").click();
        // A step is 1.2 times, up to the largest zoom: from there Zoom out steps back by 1.2.
        const zoomedIn = Math.min(2, fitted * 1.2);
        await settles(zoomedIn, "Zoom in");
        await button("Editor_Graph_ZoomOut").click();
        await settles(zoomedIn / 1.2, "Zoom out");
        // A point of the canvas with no team or link over it, relative to the pane.
        const pane = editor.graph().locator(".react-flow__pane");
        const spot = await pane.evaluate((element) => {
            const box = element.getBoundingClientRect();
            for (let y = box.top + 10; y < box.bottom; y += 15)
                for (let x = box.left + 10; x < box.right; x += 15)
                    if (document.elementFromPoint(x, y) === element) return { x: x - box.left, y: y - box.top };
            return null;
        });
        assert.ok(spot, "the canvas has an empty spot");
        await pane.dblclick({ position: spot });
        const doubled = Math.min(2, fitted * 2);
        await settles(doubled, "double-click");
        await pane.dblclick({ position: spot, modifiers: ["Shift"] });
        await settles(Math.max(0.8, doubled / 2), "Shift+double-click");
        assert.deepEqual(session.errors(), []);
    });

    scenario(
        "the Large org at depth 2 is a legible neighbourhood with +N more, and its issues about the drawn teams come first",
        async () => {
            await playground.chooseOrganisation(/Large org/);
            await playground.form().getByRole("heading", { name: "Team: Head Office" }).waitFor();
            await editor.graphNode("Head Office").waitFor({ timeout: 60_000 });
            const more = editor
                .graph()
                .locator(".react-flow__node-more")
                .filter({ hasText: editor.strings.pattern("Editor_More_Children") })
                .first();
            await more.waitFor();
            const nodes = await editor.graph().locator(".react-flow__node").count();
            assert.ok(nodes <= 60, `${nodes} nodes drawn`);
            assert.ok((await zoom()) >= 0.8, "never below a legible zoom");
            const nameSize = await editor
                .graphNode("Head Office")
                .evaluate((element) => (element.getBoundingClientRect().height / 64) * 14);
            assert.ok(nameSize >= LEGIBLE_PX, `team names are ${nameSize}px`);
            assert.ok(await inView(editor.graphNode("Head Office")), "this team is in view");
            const panel = editor.validationPanel();
            await panel
                .getByRole("button", {
                    name: new RegExp(`^${editor.strings.pattern("Editor_Validation_Toggle").source}$`),
                })
                .click({ timeout: 60_000 });
            await panel.getByRole("listitem").first().waitFor();
            await panel
                .getByRole("button", { name: editor.strings.pattern("Editor_Validation_ShowElsewhere") })
                .waitFor();
            const first = await panel.getByRole("listitem").allInnerTexts();
            assert.ok(first.length <= 50, `${first.length} issues listed first`);
            const shownNames = await editor.graph().locator(".react-flow__node-team").allInnerTexts();
            for (const text of first)
                assert.ok(
                    shownNames.some((name) => text.includes(name.split("\n")[0])),
                    `"${text}" is about a drawn team`,
                );
            assert.deepEqual(await seriousAxeViolations(session.page), []);

            const before = await editor.graph().locator(".react-flow__node").count();
            await more.getByRole("button").click();
            await session.page.waitForFunction(
                (n) => document.querySelectorAll(".react-flow__node").length > n,
                before,
            );
            assert.deepEqual(session.errors(), []);
            await playground.chooseOrganisation("Commercial Lending");
        },
    );
});
