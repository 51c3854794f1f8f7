import { attributeOf, childElement, parseXml, rootOf } from "./orderedXml";

/** The name a control gets in a solution: the publisher's prefix, then namespace.constructor (as pac names it). */
export function controlName(manifestXml: string, publisherPrefix: string): string {
    const control = childElement(rootOf(parseXml(manifestXml)), "control");
    const namespace = control && attributeOf(control, "namespace");
    const constructor = control && attributeOf(control, "constructor");
    if (!namespace || !constructor) throw new Error("control manifest has no namespace or constructor");
    return `${publisherPrefix}_${namespace}.${constructor}`;
}

export function controlVersion(manifestXml: string): string {
    const control = childElement(rootOf(parseXml(manifestXml)), "control");
    return (control && attributeOf(control, "version")) ?? "";
}
