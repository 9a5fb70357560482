using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Assemblies;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Everything the zip will carry, in memory, before anything is written: solution.xml, customizations.xml (each element
/// marked with the layout file and line it came from), [Content_Types].xml, the zip entry names, and the built assemblies
/// the registrations came from.
/// </summary>
public sealed class SolutionPackage
{
    /// <summary>A package to check.</summary>
    public SolutionPackage(XDocument solution, XDocument customizations, XDocument contentTypes, IReadOnlyCollection<string> entries, IReadOnlyList<DeployableAssembly> assemblies)
    {
        Solution = solution;
        Customizations = customizations;
        ContentTypes = contentTypes;
        Entries = entries;
        Assemblies = assemblies;
    }

    /// <summary>solution.xml.</summary>
    public XDocument Solution { get; }

    /// <summary>customizations.xml, as it will be written.</summary>
    public XDocument Customizations { get; }

    /// <summary>[Content_Types].xml.</summary>
    public XDocument ContentTypes { get; }

    /// <summary>Every zip entry name (forward slashes).</summary>
    public IReadOnlyCollection<string> Entries { get; }

    /// <summary>The generated custom API files by zip entry.</summary>
    public IReadOnlyDictionary<string, XElement> CustomApis { get; init; } = new Dictionary<string, XElement>();

    /// <summary>The built deployables.</summary>
    public IReadOnlyList<DeployableAssembly> Assemblies { get; }

    /// <summary>The manifest element.</summary>
    public XElement Manifest => Solution.Root?.Element("SolutionManifest") ?? new XElement("SolutionManifest");

    /// <summary>The publisher's customization prefix, e.g. "fcm".</summary>
    public string Prefix => Manifest.Element("Publisher")?.Element("CustomizationPrefix")?.Value.Trim() ?? "";

    /// <summary>The publisher's option value prefix, e.g. 74210.</summary>
    public int OptionValuePrefix => int.TryParse(Manifest.Element("Publisher")?.Element("CustomizationOptionValuePrefix")?.Value, out var prefix) ? prefix : 0;

    /// <summary>Whether a schema name carries the publisher prefix ("fcm_...", any case).</summary>
    public bool HasPrefix(string name) => Prefix.Length > 0 && name.StartsWith(Prefix + "_", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tables of customizations.xml.</summary>
    public IEnumerable<XElement> Entities => Customizations.Root?.Element("Entities")?.Elements("Entity") ?? Enumerable.Empty<XElement>();

    /// <summary>A top-level block of customizations.xml (or nothing).</summary>
    public IEnumerable<XElement> Block(string name, string child) =>
        Customizations.Root?.Element(name)?.Elements(child) ?? Enumerable.Empty<XElement>();

    /// <summary>The logical name of a table element (Entity/Name in lower case).</summary>
    public static string LogicalNameOf(XElement entity) => (entity.Element("Name")?.Value ?? "").Trim().ToLowerInvariant();

    /// <summary>The root components of solution.xml.</summary>
    public IEnumerable<XElement> RootComponents => Manifest.Element("RootComponents")?.Elements("RootComponent") ?? Enumerable.Empty<XElement>();
}
