// jsdom lacks what React Flow, Fluent and the data layer use in a browser: ResizeObserver,
// DOMMatrixReadOnly, structuredClone, crypto.randomUUID, Element.scrollTo,
// elementFromPoint, ARIA reflection of `role` and layout sizes. These shims give fixed, harmless answers.
import { randomUUID } from "node:crypto";
import { deserialize, serialize } from "node:v8";

class ResizeObserverShim {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
}

class DOMMatrixReadOnlyShim {
    m22: number;
    constructor(transform?: string) {
        const scale = /scale\(([\d.]+)\)/.exec(transform ?? "");
        this.m22 = scale ? Number(scale[1]) : 1;
    }
}

Object.assign(globalThis, { ResizeObserver: ResizeObserverShim, DOMMatrixReadOnly: DOMMatrixReadOnlyShim });
if (typeof globalThis.structuredClone !== "function") {
    Object.assign(globalThis, { structuredClone: <T>(value: T): T => deserialize(serialize(value)) as T });
}
if (typeof globalThis.crypto.randomUUID !== "function") {
    Object.defineProperty(globalThis.crypto, "randomUUID", { value: randomUUID });
}
// The canvas needs a size to draw into; every element reports the editor's default size.
if (typeof HTMLElement !== "undefined") {
    // Fluent's listboxes scroll the active option into view as the arrow keys move it, and find
    // options through ARIA reflection (`element.role`).
    HTMLElement.prototype.scrollTo = function scrollTo(): void {};
    // React Flow asks what lies under the pointer on a click-to-connect; jsdom has no layout, so nothing does.
    if (typeof Document.prototype.elementFromPoint !== "function") Document.prototype.elementFromPoint = () => null;
    Object.defineProperty(Element.prototype, "role", {
        get(this: Element) {
            return this.getAttribute("role");
        },
        configurable: true,
    });
    Object.defineProperties(HTMLElement.prototype, {
        offsetWidth: { get: () => 800, configurable: true },
        offsetHeight: { get: () => 560, configurable: true },
    });
}
