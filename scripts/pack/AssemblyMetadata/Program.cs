using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text.Json;

// Usage: AssemblyMetadata <path to dll>. Writes one JSON object to stdout.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: AssemblyMetadata <assembly.dll>");
    return 2;
}

using var stream = File.OpenRead(args[0]);
using var pe = new PEReader(stream);
var reader = pe.GetMetadataReader();
var assembly = reader.GetAssemblyDefinition();

var publicKey = reader.GetBlobBytes(assembly.PublicKey);
// The public key token is the last 8 bytes of the key's SHA-1, reversed (ECMA-335 II.6.2.1.3).
var token = publicKey.Length == 0
    ? ""
    : Convert.ToHexString(SHA1.HashData(publicKey).TakeLast(8).Reverse().ToArray()).ToLowerInvariant();

string NameOf(EntityHandle handle) => handle.Kind switch
{
    HandleKind.TypeDefinition => FullName(reader.GetTypeDefinition((TypeDefinitionHandle)handle)),
    HandleKind.TypeReference => FullNameOfReference(reader.GetTypeReference((TypeReferenceHandle)handle)),
    _ => "",
};
string FullName(TypeDefinition t)
{
    var name = reader.GetString(t.Name);
    var declaring = t.GetDeclaringType();
    if (!declaring.IsNil) return FullName(reader.GetTypeDefinition(declaring)) + "+" + name;
    var ns = reader.GetString(t.Namespace);
    return ns.Length == 0 ? name : ns + "." + name;
}
string FullNameOfReference(TypeReference t)
{
    var ns = reader.GetString(t.Namespace);
    var name = reader.GetString(t.Name);
    return ns.Length == 0 ? name : ns + "." + name;
}

var definitions = reader.TypeDefinitions.Select(reader.GetTypeDefinition).ToList();
var byName = definitions.ToDictionary(FullName);

// Interfaces a type implements, its own and those of base types defined in this assembly.
IEnumerable<string> Interfaces(TypeDefinition t)
{
    foreach (var i in t.GetInterfaceImplementations()) yield return NameOf(reader.GetInterfaceImplementation(i).Interface);
    if (t.BaseType.IsNil) yield break;
    if (byName.TryGetValue(NameOf(t.BaseType), out var baseType))
        foreach (var i in Interfaces(baseType)) yield return i;
}

var types = definitions
    .Where(t => (t.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public)
    .Select(t => new
    {
        fullName = FullName(t),
        isAbstract = (t.Attributes & System.Reflection.TypeAttributes.Abstract) != 0,
        interfaces = Interfaces(t).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray(),
    })
    .OrderBy(t => t.fullName, StringComparer.Ordinal)
    .ToArray();

Console.WriteLine(JsonSerializer.Serialize(new
{
    name = reader.GetString(assembly.Name),
    version = assembly.Version.ToString(),
    publicKeyToken = token,
    types,
}));
return 0;
