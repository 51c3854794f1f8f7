using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Xunit;

namespace TeamSync.Plugins.Tests
{
    /// <summary>
    /// Reads the Release net462 TeamSync.Plugins.dll (what ships; scripts/test-dotnet.mjs builds it first): it is
    /// strong-name signed, references only Microsoft.Xrm.Sdk 9.0.0.0 (token 31bf3856ad364e35) and .NET Framework
    /// assemblies, and only the SDK types and members that Plugin/Sdk/README.md lists.
    /// </summary>
    public sealed class AssemblyMetadataTests
    {
        private static readonly string PluginRoot = FindPluginRoot();

        private static string FindPluginRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "TeamSync.snk")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Plugin/ not found above " + AppContext.BaseDirectory);
        }

        private static string ShippedDll => Path.Combine(PluginRoot, "Plugins", "bin", "Release", "net462", "TeamSync.Plugins.dll");

        private static string Token(byte[] publicKeyOrToken)
        {
            var token = publicKeyOrToken.Length == 8 ? publicKeyOrToken : System.Security.Cryptography.SHA1.HashData(publicKeyOrToken).Reverse().Take(8).ToArray();
            return Convert.ToHexString(token).ToLowerInvariant();
        }

        [Fact]
        public void TheShippedDllIsStrongNameSignedWithTheRepositoryKey()
        {
            Assert.True(File.Exists(ShippedDll), "build it first: dotnet build Plugin/Plugins -c Release -f net462");
            using var pe = new PEReader(File.OpenRead(ShippedDll));
            var reader = pe.GetMetadataReader();
            Assert.True((pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0);
            Assert.True(pe.PEHeaders.CorHeader.StrongNameSignatureDirectory.Size > 0);
            var definition = reader.GetAssemblyDefinition();
            Assert.Equal(new Version(1, 0, 0, 0), definition.Version);
            var publicKey = reader.GetBlobBytes(definition.PublicKey);
            // The .snk's public part: its modulus (little-endian, after the 20-byte header) ends the assembly's public key.
            var snk = File.ReadAllBytes(Path.Combine(PluginRoot, "TeamSync.snk"));
            Assert.Equal(snk.Skip(20).Take(128), publicKey.Skip(publicKey.Length - 128));
        }

        [Fact]
        public void ItReferencesOnlyTheSdkAndTheNetFramework()
        {
            using var pe = new PEReader(File.OpenRead(ShippedDll));
            var reader = pe.GetMetadataReader();
            var framework = FrameworkReferenceAssemblies();
            var references = reader.AssemblyReferences.Select(reader.GetAssemblyReference).ToList();
            var sdk = Assert.Single(references, r => reader.GetString(r.Name) == "Microsoft.Xrm.Sdk");
            Assert.Equal(new Version(9, 0, 0, 0), sdk.Version);
            Assert.Equal("31bf3856ad364e35", Token(reader.GetBlobBytes(sdk.PublicKeyOrToken)));
            foreach (var reference in references.Where(r => reader.GetString(r.Name) != "Microsoft.Xrm.Sdk"))
            {
                var name = reader.GetString(reference.Name);
                Assert.True(framework.Contains(name), name + " is not a .NET Framework 4.6.2 assembly");
                Assert.Contains(Token(reader.GetBlobBytes(reference.PublicKeyOrToken)), new[] { "b77a5c561934e089", "b03f5f7f11d50a3a", "31bf3856ad364e35" });
            }
        }

        [Fact]
        public void ItUsesOnlyTheSdkMembersTheStandInLists()
        {
            var listed = ListedSurface();
            using var pe = new PEReader(File.OpenRead(ShippedDll));
            var reader = pe.GetMetadataReader();
            var used = UsedSdkMembers(reader);
            Assert.NotEmpty(used);
            foreach (var (type, member) in used)
            {
                Assert.True(listed.ContainsKey(type), type + " is used but not listed in Plugin/Sdk/README.md");
                if (member != null)
                {
                    Assert.True(listed[type].Contains(member), type + "." + member + " is used but not listed in Plugin/Sdk/README.md");
                }
            }
        }

        [Fact]
        public void EverythingListedExistsInTheStandIn()
        {
            var assembly = typeof(Microsoft.Xrm.Sdk.Entity).Assembly;
            var types = assembly.GetExportedTypes().ToDictionary(t => ReadmeName(t.FullName!), t => t);
            var listed = ListedSurface();
            Assert.Equal(types.Keys.OrderBy(k => k, StringComparer.Ordinal), listed.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var (name, members) in listed)
            {
                var declared = types[name].GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Select(m => m is ConstructorInfo ? ".ctor" : m.Name).ToHashSet();
                foreach (var member in members)
                {
                    Assert.True(declared.Contains(member), name + "." + member + " is listed but the stand-in lacks it");
                }
            }
        }

        /// <summary>Type (README spelling) → members, from the README's table.</summary>
        private static Dictionary<string, HashSet<string>> ListedSurface()
        {
            var surface = new Dictionary<string, HashSet<string>>();
            foreach (var line in File.ReadLines(Path.Combine(PluginRoot, "Sdk", "README.md")).Where(l => l.StartsWith("| `Microsoft.Xrm.Sdk", StringComparison.Ordinal)))
            {
                var cells = line.Split('|');
                var type = cells[1].Trim().Trim('`');
                surface[type] = Regex.Matches(cells[2], "`([^`]+)`").Select(m => m.Groups[1].Value).ToHashSet();
                Assert.Contains("https://learn.microsoft.com/", cells[3]);
            }
            return surface;
        }

        private static string ReadmeName(string metadataName) => metadataName.Replace("`1", "<T>").Replace("`2", "<TKey,TValue>");

        /// <summary>Every type and member reference into Microsoft.Xrm.Sdk (member null for a type used only as a type).</summary>
        private static List<(string Type, string? Member)> UsedSdkMembers(MetadataReader reader)
        {
            string? SdkType(EntityHandle handle)
            {
                if (handle.Kind == HandleKind.TypeSpecification)
                {
                    var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                    if (blob.ReadSignatureHeader().RawValue != 0x15)
                    {
                        return null;   // GENERICINST
                    }

                    blob.ReadByte();                                                  // CLASS or VALUETYPE
                    return SdkType(blob.ReadTypeHandle());
                }
                if (handle.Kind != HandleKind.TypeReference)
                {
                    return null;
                }

                var type = reader.GetTypeReference((TypeReferenceHandle)handle);
                if (type.ResolutionScope.Kind != HandleKind.AssemblyReference)
                {
                    return null;
                }

                var assembly = reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope);
                if (reader.GetString(assembly.Name) != "Microsoft.Xrm.Sdk")
                {
                    return null;
                }

                return ReadmeName(reader.GetString(type.Namespace) + "." + reader.GetString(type.Name));
            }

            var used = new List<(string, string?)>();
            foreach (var handle in reader.TypeReferences)
            {
                var name = SdkType(handle);
                if (name != null)
                {
                    used.Add((name, null));
                }
            }
            foreach (var handle in reader.MemberReferences)
            {
                var member = reader.GetMemberReference(handle);
                var type = SdkType(member.Parent);
                if (type == null)
                {
                    continue;
                }

                var name = reader.GetString(member.Name);
                if (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal))
                {
                    name = name.Substring(4);
                }

                used.Add((type, name));
            }
            return used;
        }

        /// <summary>The assembly names of the .NET Framework 4.6.2 reference assemblies (the package the build restored).</summary>
        private static HashSet<string> FrameworkReferenceAssemblies()
        {
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var folder = Path.Combine(packages, "microsoft.netframework.referenceassemblies.net462", "1.0.3", "build", ".NETFramework", "v4.6.2");
            Assert.True(Directory.Exists(folder), folder);
            return Directory.EnumerateFiles(folder, "*.dll", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToHashSet()!;
        }
    }
}
