/** Where the solution's plugin assemblies and the built DLLs disagree. */
import type { AssemblyMetadata } from "./assemblyMetadata";
import { pluginAssemblies } from "./solutionLayout";
import type { SourceFiles } from "./sourceFiles";

export const PLUGIN_INTERFACE = "Microsoft.Xrm.Sdk.IPlugin";

export function fullNameOf(metadata: AssemblyMetadata): string {
    return `${metadata.name}, Version=${metadata.version}, Culture=neutral, PublicKeyToken=${metadata.publicKeyToken || "null"}`;
}

export function pluginAssemblyProblems(files: SourceFiles, built: ReadonlyMap<string, AssemblyMetadata>): string[] {
    const problems: string[] = [];
    for (const assembly of pluginAssemblies(files)) {
        const simpleName = assembly.fullName.split(",")[0];
        const metadata = built.get(simpleName);
        if (metadata === undefined) {
            problems.push(`plugin assembly ${simpleName} was not built`);
            continue;
        }
        if (metadata.publicKeyToken === "")
            problems.push(`${simpleName}.dll is not signed; Dataverse only registers signed assemblies`);
        if (fullNameOf(metadata) !== assembly.fullName)
            problems.push(`${assembly.path} says ${assembly.fullName}; the built assembly is ${fullNameOf(metadata)}`);
        const plugins = metadata.types
            .filter((t) => !t.isAbstract && t.interfaces.includes(PLUGIN_INTERFACE))
            .map((t) => t.fullName);
        for (const type of assembly.types) {
            if (!plugins.includes(type.name))
                problems.push(
                    `plugin type ${type.name} is not a public, concrete ${PLUGIN_INTERFACE} of ${simpleName}.dll`,
                );
        }
        for (const plugin of plugins) {
            if (!assembly.types.some((t) => t.name === plugin))
                problems.push(`${simpleName}.dll defines plugin ${plugin}, which ${assembly.path} does not register`);
        }
    }
    return problems;
}
