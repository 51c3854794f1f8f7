// The control at the Team form's height (560 px) with the Large org: the issues and the propagation status
// leave the drawing a readable share, the drawing is fitted to the canvas it ends up with, and a view the
// user moved is left where they put it.
import assert from "node:assert/strict";
import { describe } from "node:test";
import { seriousAxeViolations } from "./support/axe";
import { EditorPanel } from "./support/editorPanel";
import type { PageSession } from "./support/pageSession";
import { PlaygroundPage } from "./support/playgroundPage";
import { playgroundSuite } from "./support/playgroundSuite";

/** The control's height on the Team form (the manifest's default, as the playground sets it). */
const FORM_HEIGHT = 560;
const MIN_CANVAS = 320;

describe("the control at the form's height", () => {
    let session: PageSession;
    let playground: PlaygroundPage;
    let editor: EditorPanel;
    const scenario = playgroundSuite((opened) => ({ session, playground, editor } = opened));

    /** The drawing's viewport transform, as React Flow set it. */
    const viewport = (): Promise<string> =>
        editor
            .graph()
            .locator(".react-flow__viewport")
            .evaluate((element) => getComputedStyle(element).transform);
    /** Lets a resize reach React Flow (a ResizeObserver) and the view it then sets be painted. */
    const settle = () => session.page.waitForTimeout(400);
    const issuesToggle = () =>
        editor.validationPanel().getByRole("button", {
            name: new RegExp(`^${editor.strings.pattern("Editor_Validation_Toggle").source}$`),
        });
    const expanded = async () => (await issuesToggle().getAttribute("aria-expanded")) === "true";
    const focused = () => issuesToggle().evaluate((element) => element === document.activeElement);
    type Box = { x: number; y: number; width: number; height: number };
    /** The fit leaves a tenth of the canvas empty above the drawing's top row (fitViewport's padding). */
    const nearTop = (team: Box, canvas: Box) => Math.abs(team.y - canvas.y - canvas.height * 0.1) <= 2;
    /** Teams drawn whole inside the canvas, below `team`. */
    const shownBelow = (team: Box, canvas: Box) =>
        editor
            .graph()
            .locator(".react-flow__node")
            .evaluateAll(
                (nodes, [t, c]) =>
                    nodes
                        .map((node) => node.getBoundingClientRect())
                        .filter(
                            (r) =>
                                r.top >= t.y + t.height &&
                                r.left >= c.x &&
                                r.right <= c.x + c.width &&
                                r.bottom <= c.y + c.height,
                        ).length,
                [team, canvas] as const,
            );

    scenario(
        "the Large org keeps a canvas of at least 320 px once its issues show, fitted on this team, the issues one line that opens on demand",
        async () => {
            await playground.open({ fresh: true });
            await playground.chooseOrganisation(/Large org/);
            await playground.form().getByRole("heading", { name: "Team: Head Office" }).waitFor();
            const head = editor.graphNode("Head Office");
            await head.waitFor({ timeout: 60_000 });
            const control = await playground.control().boundingBox();
            assert.ok(control && Math.abs(control.height - FORM_HEIGHT) <= 1, `the control is ${control?.height}px`);
            // The first check runs after the first paint, then its issues take their place under the drawing.
            await editor
                .validationPanel()
                .getByText(editor.strings.get("Editor_Validation_Checking"))
                .waitFor({ state: "detached", timeout: 60_000 });
            await settle();
            const view = await editor.graphBox();
            assert.ok(view.height >= MIN_CANVAS, `the canvas is ${view.height}px tall`);
            // The whole depth-2 drawing cannot fit legibly in 560 px: this team, at the top of it, is shown near the
            // canvas's top with the rows of teams below it, not alone in the middle.
            const box = await head.boundingBox();
            assert.ok(box, "this team is drawn");
            assert.ok(
                box.y >= view.y && box.y + box.height <= view.y + view.height,
                `this team ${JSON.stringify(box)} is inside the canvas ${JSON.stringify(view)}`,
            );
            assert.ok(
                nearTop(box, view),
                `this team ${JSON.stringify(box)} is near the top of the canvas ${JSON.stringify(view)}`,
            );
            assert.ok((await shownBelow(box, view)) >= 4, "whole teams are shown below this team");
            assert.deepEqual(await seriousAxeViolations(session.page), []);

            // The summary names the count and the worst issue; the list opens from the keyboard, the focus stays.
            const summary = await editor.validationPanel().innerText();
            assert.match(summary, new RegExp(editor.strings.get("Editor_Severity_Warning")));
            assert.equal(await expanded(), false);
            await issuesToggle().focus();
            await session.page.keyboard.press("Enter");
            assert.equal(await expanded(), true);
            assert.ok(await focused(), "the focus stays on the toggle");
            const items = editor.validationPanel().getByRole("listitem");
            await items.first().waitFor();
            await editor
                .validationPanel()
                .getByRole("button", { name: editor.strings.pattern("Editor_Validation_ShowElsewhere") })
                .waitFor();
            assert.deepEqual(await seriousAxeViolations(session.page), []);
            await settle();
            const opened = await head.boundingBox();
            const smaller = await editor.graphBox();
            assert.ok(opened && nearTop(opened, smaller), "the drawing follows the canvas as the list opens");
            await session.page.keyboard.press("Enter");
            assert.equal(await expanded(), false);
            assert.ok(await focused(), "the focus stays on the toggle");
            assert.equal(await items.count(), 0);
            assert.deepEqual(await seriousAxeViolations(session.page), []);
            assert.deepEqual(session.errors(), []);
        },
    );

    scenario(
        "a view the user zoomed stays put as the canvas resizes; Fit brings the fitted view back, which follows the canvas again",
        async () => {
            const head = editor.graphNode("Head Office");
            await settle();
            const fitted = await viewport();
            const view = await editor.graphBox();
            // A wheel over the canvas's top left corner zooms in there, away from the fitted view.
            await session.page.mouse.move(view.x + 60, view.y + 20);
            await session.page.mouse.wheel(0, -300);
            await settle();
            const moved = await viewport();
            const details = playground
                .control()
                .getByRole("button", { name: editor.strings.get("Propagation_Details"), exact: true });
            await details.click();
            await settle();
            assert.ok((await editor.graphBox()).height < view.height, "the open details take room from the canvas");
            assert.equal(await viewport(), moved, "the zoomed view is left as the user set it");
            await details.click();
            await settle();
            assert.equal(await viewport(), moved);

            await editor.root.getByRole("button", { name: editor.strings.get("Editor_Graph_Fit") }).click();
            await settle();
            assert.equal(await viewport(), fitted, "Fit gives the view the automatic fit gave");
            await details.click();
            await settle();
            const [box, smaller] = [await head.boundingBox(), await editor.graphBox()];
            assert.ok(
                box && nearTop(box, smaller),
                `after Fit, the view follows the canvas: ${JSON.stringify([box, smaller])}`,
            );
            await details.click();
            assert.deepEqual(session.errors(), []);
            await playground.chooseOrganisation("Commercial Lending");
        },
    );
});
