/**
 * XML as an ordered tree (fast-xml-parser's preserveOrder form), so that solution files keep their
 * element order when they are merged into customizations.xml.
 */
import { XMLBuilder, XMLParser } from "fast-xml-parser";

export type XmlNode = { [tag: string]: XmlNode[] | Record<string, string> | string };

const options = {
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
} as const;

const ATTRIBUTES = ":@";
const TEXT = "#text";

export function parseXml(text: string): XmlNode[] {
    return new XMLParser(options).parse(text) as XmlNode[];
}

export function buildXml(nodes: XmlNode[]): string {
    return new XMLBuilder({ ...options, format: true, indentBy: "  ", suppressEmptyNode: true }).build(nodes) as string;
}

/** The element's tag, or undefined for text and the XML declaration. */
export function tagOf(node: XmlNode): string | undefined {
    return Object.keys(node).find((k) => k !== ATTRIBUTES && k !== TEXT && !k.startsWith("?"));
}

export function childrenOf(node: XmlNode): XmlNode[] {
    const tag = tagOf(node);
    return tag === undefined ? [] : (node[tag] as XmlNode[]);
}

export function childElements(node: XmlNode, tag?: string): XmlNode[] {
    return childrenOf(node).filter((c) => tagOf(c) !== undefined && (tag === undefined || tagOf(c) === tag));
}

export function childElement(node: XmlNode, tag: string): XmlNode | undefined {
    return childElements(node, tag)[0];
}

/** Every element below `node` named `tag`, in document order. */
export function descendants(node: XmlNode, tag: string): XmlNode[] {
    return childElements(node).flatMap((c) => [...(tagOf(c) === tag ? [c] : []), ...descendants(c, tag)]);
}

export function attributesOf(node: XmlNode): Record<string, string> {
    const raw = (node[ATTRIBUTES] ?? {}) as Record<string, string>;
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.slice(options.attributeNamePrefix.length), v]));
}

export function attributeOf(node: XmlNode, name: string): string | undefined {
    return attributesOf(node)[name];
}

/** The text directly inside an element ("" when it has none). */
export function textOf(node: XmlNode | undefined): string {
    if (node === undefined) return "";
    return childrenOf(node)
        .map((c) => (typeof c[TEXT] === "string" ? (c[TEXT] as string) : ""))
        .join("");
}

export function element(tag: string, attributes: Record<string, string>, children: XmlNode[]): XmlNode {
    const node: XmlNode = { [tag]: children };
    if (Object.keys(attributes).length > 0) {
        node[ATTRIBUTES] = Object.fromEntries(
            Object.entries(attributes).map(([k, v]) => [options.attributeNamePrefix + k, v]),
        );
    }
    return node;
}

export function textElement(tag: string, text: string): XmlNode {
    return element(tag, {}, [{ [TEXT]: text }]);
}

/** The document's root element. */
export function rootOf(document: XmlNode[]): XmlNode {
    const root = document.find((n) => tagOf(n) !== undefined);
    if (root === undefined) throw new Error("XML document has no root element");
    return root;
}

/** A copy of the element without its namespace declarations, for nesting it inside another document. */
export function withoutNamespaceDeclarations(node: XmlNode): XmlNode {
    const tag = tagOf(node) as string;
    const attributes = Object.fromEntries(Object.entries(attributesOf(node)).filter(([k]) => !k.startsWith("xmlns")));
    return element(tag, attributes, childrenOf(node));
}

/** A copy of the element with its children replaced. */
export function withChildren(node: XmlNode, children: XmlNode[]): XmlNode {
    return element(tagOf(node) as string, attributesOf(node), children);
}
