using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FunnelCrm.Packaging;

/// <summary>A built net462 deployable, read with System.Reflection.Metadata (never loaded): its identity and its public classes.</summary>
public sealed class DeployableAssembly
{
    private DeployableAssembly(string path, string name, Version version, string publicKeyToken, IReadOnlyCollection<string> publicClasses)
    {
        Path = path;
        Name = name;
        Version = version;
        PublicKeyToken = publicKeyToken;
        PublicClasses = publicClasses;
    }

    /// <summary>Where the DLL is.</summary>
    public string Path { get; }

    /// <summary>The simple name.</summary>
    public string Name { get; }

    /// <summary>The assembly version.</summary>
    public Version Version { get; }

    /// <summary>The public key token in lower-case hex ("null" when unsigned).</summary>
    public string PublicKeyToken { get; }

    /// <summary>The full names of its public classes.</summary>
    public IReadOnlyCollection<string> PublicClasses { get; }

    /// <summary>The full name Dataverse registers: name, version, culture, public key token.</summary>
    public string FullName => Name + ", Version=" + Version + ", Culture=neutral, PublicKeyToken=" + PublicKeyToken;

    /// <summary>Reads the DLL.</summary>
    public static DeployableAssembly Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PackagingException(path + ": the built assembly is missing; build the deployables first (dotnet build -c Release).");
        }

        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        var key = reader.GetBlobBytes(definition.PublicKey);
        var token = key.Length == 0 ? "null" : Token(key);
        var classes = reader.TypeDefinitions.Select(reader.GetTypeDefinition)
            .Where(t => (t.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public)
            .Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name))
            .ToList();
        return new DeployableAssembly(path, reader.GetString(definition.Name), definition.Version, token, classes);
    }

    private static string Token(byte[] publicKey)
    {
        var hash = System.Security.Cryptography.SHA1.HashData(publicKey);
        return string.Concat(hash.Skip(hash.Length - 8).Reverse().Select(b => b.ToString("x2")));
    }
}
