/** @jest-environment node */
/** The package's entries from the source and built artefacts, with small stand-in artefacts. */
import { packageEntries, type BuiltArtefacts } from "../../scripts/pack/packageEntries";
import { controls, pluginAssemblies } from "../../scripts/pack/solutionLayout";
import { solutionSource } from "./solutionSource";

const files = solutionSource();
const [control] = controls(files);
const [assembly] = pluginAssemblies(files);
const manifest = `<?xml version="1.0"?><manifest><control namespace="NW" constructor="TeamSyncEditor" version="1.0.0">
<resources><code path="bundle.js" order="1"/><platform-library name="React" version="16.14.0"/><resx path="strings/TeamSyncEditor.1033.resx" version="1.0.0"/></resources>
</control></manifest>`;

function artefacts(controlFiles: Record<string, string>): BuiltArtefacts {
    return {
        controls: new Map([[control.name, new Map(Object.entries(controlFiles).map(([k, v]) => [k, Buffer.from(v)]))]]),
        assemblies: new Map([[assembly.fullName.split(",")[0], Buffer.from("MZ")]]),
    };
}

describe("packageEntries", () => {
    it("takes the control's manifest and the resources it names, nothing else of the build output", () => {
        const entries = packageEntries(files, artefacts({
            "ControlManifest.xml": manifest,
            "bundle.js": "code",
            "bundle.js.LICENSE.txt": "licences",
            "strings/TeamSyncEditor.1033.resx": "<root/>",
        }), false);
        const folder = `Controls/${control.name}`;
        expect([...entries.keys()].filter((n) => n.startsWith(folder)).sort()).toEqual([
            `${folder}/ControlManifest.xml`, `${folder}/bundle.js`, `${folder}/strings/TeamSyncEditor.1033.resx`,
        ]);
        expect(Buffer.from(entries.get(assembly.fileName) as Uint8Array).toString()).toBe("MZ");
    });

    it("refuses a build that lacks a resource its manifest names", () => {
        expect(() => packageEntries(files, artefacts({ "ControlManifest.xml": manifest, "bundle.js": "code" }), false))
            .toThrow(`control ${control.name}: its manifest names strings/TeamSyncEditor.1033.resx, which the build did not write`);
    });

    it("refuses to pack a control that was not built", () => {
        const none: BuiltArtefacts = { controls: new Map(), assemblies: artefacts({}).assemblies };
        expect(() => packageEntries(files, none, true)).toThrow(`control ${control.name} was not built`);
    });
});
