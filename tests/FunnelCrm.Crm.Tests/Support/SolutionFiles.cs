using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Crm.Tests.Support;

/// <summary>
/// The solution's customizations.xml and solution.xml as the packer assembles them from Solution/ (loaded once), with the
/// lookups the tests need.
/// </summary>
public static class SolutionFiles
{
    private static readonly Lazy<UnpackedSolution> Source = new(() => UnpackedSolution.Load(RepositoryPaths.Solution));

    /// <summary>customizations.xml, assembled from the layout.</summary>
    public static XDocument Customizations => Source.Value.Customizations;

    /// <summary>solution.xml (Other/Solution.xml).</summary>
    public static XDocument Manifest => Source.Value.Manifest;

    /// <summary>The Entity element whose name is the table (logical name, compared case-insensitively with the schema name).</summary>
    public static XElement? Table(string logicalName) => Customizations.Root!.Element("Entities")!.Elements("Entity")
        .SingleOrDefault(e => string.Equals(e.Element("Name")!.Value, logicalName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The column definitions the solution carries for a table (none when the table is not in the solution).</summary>
    public static IEnumerable<XElement> ColumnDefinitions(string logicalName) =>
        Table(logicalName)?.Element("EntityInfo")?.Element("entity")?.Element("attributes")?.Elements("attribute") ?? Enumerable.Empty<XElement>();

    /// <summary>Logical names of the columns the solution defines on a table (empty when the table is not in the solution).</summary>
    public static IReadOnlyCollection<string> Columns(string logicalName) =>
        ColumnDefinitions(logicalName).Select(a => a.Element("LogicalName")!.Value).ToHashSet();

    /// <summary>The option values of a global choice (empty when the choice is not in the solution).</summary>
    public static IReadOnlyCollection<int> OptionValues(string optionSetName) => Customizations.Root!.Element("optionsets")!.Elements("optionset")
        .Where(o => (string?)o.Attribute("Name") == optionSetName)
        .SelectMany(o => o.Descendants("option")).Select(o => (int)o.Attribute("value")!).ToList();
}
