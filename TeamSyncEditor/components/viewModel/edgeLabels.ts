import type { Point } from "../../layout/types";
import { format, GetString } from "./issueSentence";
import type { LinkView } from "./linkView";

/** A role name longer than this is cut with "…" on the drawing (its full name is in the link's accessible name). */
const ROLE_CHARS = 24;
/** Width of one character of an edge label (fontSizeBase100) and the label's padding, in drawing pixels. */
const CHAR_WIDTH = 6;
const LABEL_PADDING = 10;
const LABEL_HEIGHT = 16;
/** Where along its link a label may sit: the middle first, then nearer one end or the other. */
const CANDIDATES = [0.5, 0.35, 0.65, 0.22, 0.78];

/** The label drawn on a link, short: "⚠ error · ↔ · order 10 · only Senior Loan Of…" (null when nothing to say). */
export function edgeLabelText(
    link: LinkView,
    roleName: string | null,
    hasError: boolean,
    getString: GetString,
): string | null {
    const role =
        roleName === null
            ? null
            : roleName.length > ROLE_CHARS
              ? `${roleName.slice(0, ROLE_CHARS - 1)}\u2026`
              : roleName;
    const parts = [
        hasError ? getString("Editor_Edge_Error") : null,
        link.direction === "bidirectional" ? "\u2194" : null,
        link.order === null ? null : format(getString("Editor_Edge_Order"), link.order),
        role === null ? null : format(getString("Editor_Edge_Role"), role),
        link.active ? null : getString("Editor_Edge_Inactive"),
    ].filter((part): part is string => part !== null);
    return parts.length === 0 ? null : parts.join(" \u00B7 ");
}

/** A team as a screen reader hears it in a link's name: "Commercial Lending Team (this team)". */
export interface NamedEnd {
    name: string;
    isCurrent: boolean;
    badge: "Editor_Badge_Entra" | "Editor_Badge_Default" | null;
}

export function teamSpoken(end: NamedEnd, getString: GetString): string {
    const notes = [end.isCurrent ? getString("Editor_ThisTeam") : null, end.badge ? getString(end.badge) : null].filter(
        (note): note is string => note !== null,
    );
    return notes.length === 0
        ? end.name
        : format(getString("Editor_Team_Spoken"), end.name, notes.join(", ").toLocaleLowerCase());
}

/** A link's accessible name: its direction in words, then order, condition, state and error. */
export function edgeName(
    link: LinkView,
    parent: NamedEnd,
    child: NamedEnd,
    roleName: string | null,
    hasError: boolean,
    getString: GetString,
): string {
    const ends = format(
        getString(link.direction === "bidirectional" ? "Editor_Edge_Name_Both" : "Editor_Edge_Name_OneWay"),
        teamSpoken(parent, getString),
        teamSpoken(child, getString),
    );
    const details = [
        link.order === null ? null : format(getString("Editor_Edge_Order"), link.order),
        roleName === null ? null : format(getString("Editor_Edge_Role"), roleName),
        link.active ? null : getString("Editor_Edge_Inactive"),
        hasError ? getString("Editor_Edge_HasError") : null,
    ].filter((part): part is string => part !== null);
    return [ends, ...details].join(", ");
}

/**
 * The point `t` (0 at the parent, 1 at the child) of the curve React Flow draws from a node's bottom
 * to another's top (getBezierPath: control points half the height apart, or further when upwards).
 */
export function pointOnLink(source: Point, target: Point, t: number): Point {
    const dy = target.y - source.y;
    const offset = dy >= 0 ? 0.5 * dy : 0.25 * 25 * Math.sqrt(-dy);
    const c1 = { x: source.x, y: source.y + offset };
    const c2 = { x: target.x, y: target.y - offset };
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    return {
        x: a * source.x + b * c1.x + c * c2.x + d * target.x,
        y: a * source.y + b * c1.y + c * c2.y + d * target.y,
    };
}

export interface LabelledLink {
    id: string;
    source: Point;
    target: Point;
    text: string;
}

/**
 * Where along each link its label sits, so that labels do not cover each other: each takes the
 * first candidate position clear of the labels placed before it (the least covered one otherwise).
 */
export function placeLabels(links: readonly LabelledLink[]): Map<string, number> {
    const placed: { x: number; y: number; w: number }[] = [];
    const result = new Map<string, number>();
    const overlap = (x: number, y: number, w: number): number =>
        placed.reduce((sum, box) => {
            const ox = Math.min(x + w / 2, box.x + box.w / 2) - Math.max(x - w / 2, box.x - box.w / 2);
            const oy = LABEL_HEIGHT - Math.abs(y - box.y);
            return ox > 0 && oy > 0 ? sum + ox * oy : sum;
        }, 0);
    for (const link of links) {
        const w = link.text.length * CHAR_WIDTH + LABEL_PADDING;
        let best = { t: CANDIDATES[0], covered: Number.POSITIVE_INFINITY, x: 0, y: 0 };
        for (const t of CANDIDATES) {
            const { x, y } = pointOnLink(link.source, link.target, t);
            const covered = overlap(x, y, w);
            if (covered < best.covered) best = { t, covered, x, y };
            if (covered === 0) break;
        }
        placed.push({ x: best.x, y: best.y, w });
        result.set(link.id, best.t);
    }
    return result;
}
