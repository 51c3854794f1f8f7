import { spawnSync } from "node:child_process";
import path from "node:path";

export interface AssemblyType {
    fullName: string;
    isAbstract: boolean;
    /** Interfaces it implements, its base types' included. */
    interfaces: string[];
}

export interface AssemblyMetadata {
    name: string;
    version: string;
    publicKeyToken: string;
    /** Public types. */
    types: AssemblyType[];
}

const TOOL = path.join(__dirname, "AssemblyMetadata", "AssemblyMetadata.csproj");

/** Reads a .NET assembly's identity and public types from its metadata, with the AssemblyMetadata tool. */
export function readAssemblyMetadata(dllPath: string): AssemblyMetadata {
    const result = spawnSync("dotnet", ["run", "--project", TOOL, "-c", "Release", "-v", "q", "--", dllPath], {
        encoding: "utf8",
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" },
    });
    const json = result.stdout.split("\n").find((line) => line.startsWith("{"));
    if (result.status !== 0 || json === undefined) {
        throw new Error(`reading ${dllPath} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
    }
    return JSON.parse(json) as AssemblyMetadata;
}
