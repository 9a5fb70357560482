using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// A solution zip as an import reads it: <c>solution.xml</c> (the manifest: unique name, version, managed, root
/// components) and <c>customizations.xml</c> (tables for the emulator's own reader, plug-in assemblies, steps).
/// A file that is not such a zip is refused with the reason.
/// </summary>
public sealed class SolutionPackage
{
    private SolutionPackage(XDocument solution, XDocument customizations)
    {
        Solution = solution;
        Customizations = customizations;
        Manifest = solution.Root?.Element("SolutionManifest") ?? throw new InvalidDataException("solution.xml has no SolutionManifest.");
        UniqueName = Manifest.Element("UniqueName")?.Value ?? throw new InvalidDataException("solution.xml names no UniqueName.");
        Version = System.Version.TryParse(Manifest.Element("Version")?.Value, out var version) ? version : throw new InvalidDataException("solution.xml has no valid Version.");
        Managed = Manifest.Element("Managed")?.Value == "1";
    }

    /// <summary>solution.xml.</summary>
    public XDocument Solution { get; }

    /// <summary>customizations.xml.</summary>
    public XDocument Customizations { get; }

    /// <summary>The SolutionManifest element.</summary>
    public XElement Manifest { get; }

    /// <summary>The solution's unique name.</summary>
    public string UniqueName { get; }

    /// <summary>The solution's version.</summary>
    public Version Version { get; }

    /// <summary>Whether the package is managed.</summary>
    public bool Managed { get; }

    /// <summary>The friendly name (the English localized name, else the unique name).</summary>
    public string FriendlyName =>
        Manifest.Element("LocalizedNames")?.Elements("LocalizedName").FirstOrDefault(n => (string?)n.Attribute("languagecode") == "1033")?.Attribute("description")?.Value ?? UniqueName;

    /// <summary>Reads a zip's bytes.</summary>
    public static SolutionPackage Read(byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            return new SolutionPackage(Entry(archive, "solution.xml"), Entry(archive, "customizations.xml"));
        }
        catch (Exception invalid) when (invalid is InvalidDataException or XmlException)
        {
            throw new InvalidDataException("The import file is not a valid solution package: " + invalid.Message, invalid);
        }
    }

    private static XDocument Entry(ZipArchive archive, string name)
    {
        var entry = archive.Entries.FirstOrDefault(e => string.Equals(e.FullName.TrimStart('/'), name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"the zip has no {name}.");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
