import path from "node:path";
import { Page } from "playwright-core";

export interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    targets: string[];
}

const axePath = path.resolve(__dirname, "..", "..", "..", "node_modules", "axe-core", "axe.min.js");

/** Runs axe-core in the page and returns its serious and critical violations (WCAG 2.x A/AA rules). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
    return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return result.violations
            .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
            .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) }));
    });
}
