/** The control's strings from its resx file, as `context.resources.getString` serves them. */
export function parseResx(xml: string): Map<string, string> {
    const document = new DOMParser().parseFromString(xml, "application/xml");
    const strings = new Map<string, string>();
    for (const data of Array.from(document.getElementsByTagName("data"))) {
        const name = data.getAttribute("name");
        const value = data.getElementsByTagName("value")[0];
        if (name !== null && value !== undefined) strings.set(name, value.textContent ?? "");
    }
    return strings;
}
