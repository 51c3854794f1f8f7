// Writes the two key files the build signs with; there is no `sn` tool on Linux.
//   key-pair <out.snk>                 a new 1024-bit RSA strong-name key pair (CAPI PRIVATEKEYBLOB, as `sn -k` writes)
//   public-key <assembly.dll> <out>    the public key blob of a signed assembly (as `sn -p` writes), for PublicSign
using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

if (args.Length == 2 && args[0] == "key-pair")
{
    using var rsa = RSA.Create(1024);
    File.WriteAllBytes(args[1], PrivateKeyBlob(rsa.ExportParameters(true)));
    return 0;
}
if (args.Length == 3 && args[0] == "public-key")
{
    using var stream = File.OpenRead(args[1]);
    using var pe = new PEReader(stream);
    var reader = pe.GetMetadataReader();
    File.WriteAllBytes(args[2], reader.GetBlobBytes(reader.GetAssemblyDefinition().PublicKey));
    return 0;
}
Console.Error.WriteLine("usage: KeyGen key-pair <out.snk> | public-key <assembly.dll> <out>");
return 2;

// CAPI PRIVATEKEYBLOB: BLOBHEADER, RSAPUBKEY, then the key's numbers little-endian.
static byte[] PrivateKeyBlob(RSAParameters p)
{
    int bits = p.Modulus!.Length * 8;
    using var buffer = new MemoryStream();
    using var w = new BinaryWriter(buffer);
    w.Write((byte)0x07);        // PRIVATEKEYBLOB
    w.Write((byte)0x02);        // CUR_BLOB_VERSION
    w.Write((ushort)0);
    w.Write(0x00002400);        // CALG_RSA_SIGN
    w.Write(0x32415352);        // "RSA2"
    w.Write(bits);
    uint exponent = 0;
    foreach (var b in p.Exponent!) exponent = (exponent << 8) | b;
    w.Write(exponent);
    WriteLittleEndian(w, p.Modulus, bits / 8);
    WriteLittleEndian(w, p.P!, bits / 16);
    WriteLittleEndian(w, p.Q!, bits / 16);
    WriteLittleEndian(w, p.DP!, bits / 16);
    WriteLittleEndian(w, p.DQ!, bits / 16);
    WriteLittleEndian(w, p.InverseQ!, bits / 16);
    WriteLittleEndian(w, p.D!, bits / 8);
    w.Flush();
    return buffer.ToArray();
}

static void WriteLittleEndian(BinaryWriter w, byte[] bigEndian, int length)
{
    var bytes = new byte[length];
    for (int i = 0; i < bigEndian.Length && i < length; i++) bytes[i] = bigEndian[bigEndian.Length - 1 - i];
    w.Write(bytes);
}
