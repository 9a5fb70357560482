using System;
using System.Security.Cryptography;
using System.Text;

namespace FunnelCrm.Packaging.Registrations;

/// <summary>
/// Name-based UUIDs (RFC 4122 version 5, SHA-1, in FunnelCrm's own namespace): the same name gives the same id on every
/// build and machine, so a re-import updates a plugin type or assembly instead of creating a second one.
/// </summary>
public static class StableIds
{
    /// <summary>FunnelCrm's UUID namespace for derived ids. Never change it: every derived id would change with it.</summary>
    public static readonly Guid Namespace = new Guid("6f0c3b7e-52a4-4d8e-9c1f-0f4e1c2d7a55");

    /// <summary>The plugin type id of a plugin class (from its full type name).</summary>
    public static Guid ForPluginType(string typeFullName) => For("plugintype:" + typeFullName);

    /// <summary>The plugin assembly id of a deployable (from its simple name; stays with major.minor upgrades).</summary>
    public static Guid ForAssembly(string assemblyName) => For("pluginassembly:" + assemblyName);

    /// <summary>The id of an image declared without one (from its step id and alias).</summary>
    public static Guid ForImage(string stepId, string alias) => For("image:" + stepId.ToLowerInvariant() + "/" + alias);

    /// <summary>The version 5 UUID of <paramref name="name"/> in <see cref="Namespace"/>.</summary>
    public static Guid For(string name)
    {
        var space = Namespace.ToByteArray(bigEndian: true);
        var text = Encoding.UTF8.GetBytes(name);
        var input = new byte[space.Length + text.Length];
        Buffer.BlockCopy(space, 0, input, 0, space.Length);
        Buffer.BlockCopy(text, 0, input, space.Length, text.Length);
        var hash = SHA1.HashData(input);
        var bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
