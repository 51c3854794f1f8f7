import path from "node:path";
import { Page } from "playwright-core";

export interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    targets: string[];
}

interface AxeNode {
    target: string[];
    html: string;
}

interface AxeResult {
    violations: { id: string; impact: string | null; help: string; nodes: AxeNode[] }[];
}

const axePath = path.resolve(__dirname, "..", "..", "..", "node_modules", "axe-core", "axe.min.js");

/**
 * Fluent v9's focus management (tabster) puts aria-hidden focusable "dummy" elements around
 * toolbars and tab lists on purpose: they only pass focus on, and screen readers must not announce
 * them. Fluent lists this as a known axe false positive, and Accessibility Insights suppresses it the
 * same way: only for the aria-hidden-focus rule and only on those marked elements.
 */
function isFluentFocusBumper(ruleId: string, node: AxeNode): boolean {
    return (
        ruleId === "aria-hidden-focus" &&
        (node.html.includes("data-tabster-dummy") || node.html.includes('data-is-focus-trap-zone-bumper="true"'))
    );
}

/** Runs axe-core in the page and returns its serious and critical violations (WCAG 2.x A/AA rules). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
        const { violations } = await axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return violations.map(({ id, impact, help, nodes }) => ({
            id,
            impact,
            help,
            nodes: nodes.map(({ target, html }) => ({ target, html })),
        }));
    });
    return result
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => ({
            ...violation,
            nodes: violation.nodes.filter((node) => !isFluentFocusBumper(violation.id, node)),
        }))
        .filter((violation) => violation.nodes.length > 0)
        .map(({ id, impact, help, nodes }) => ({
            id,
            impact,
            help,
            targets: nodes.map((node) => node.target.join(" ")),
        }));
}
