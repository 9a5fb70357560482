using System;
using System.Collections.Generic;
using System.Xml.Linq;
using FunnelCrm.Emulator.Metadata;

namespace FunnelCrm.Emulator.Charts;

/// <summary>
/// A system chart (savedqueryvisualization) of a solution: its table, names, the FetchXML of its data description, the
/// alias its categories come from, its measures (one series each) and the chart type of each series from its
/// presentation description.
/// </summary>
public sealed class ChartDefinition
{
    internal ChartDefinition(Guid id, string table, LocalizedLabel name, LocalizedLabel description, XElement fetch, string? categoryAlias,
        IReadOnlyList<string> measureAliases, IReadOnlyList<string> seriesTypes, XElement? presentation, string source)
    {
        Id = id;
        Table = table;
        Name = name;
        Description = description;
        Fetch = fetch;
        CategoryAlias = categoryAlias;
        MeasureAliases = measureAliases;
        SeriesTypes = seriesTypes;
        Presentation = presentation;
        Source = source;
    }

    /// <summary>The savedqueryvisualizationid.</summary>
    public Guid Id { get; }

    /// <summary>The table's logical name.</summary>
    public string Table { get; }

    /// <summary>The chart's name (its title).</summary>
    public LocalizedLabel Name { get; }

    /// <summary>The chart's description (what it counts).</summary>
    public LocalizedLabel Description { get; }

    /// <summary>The data description's fetch element.</summary>
    public XElement Fetch { get; }

    /// <summary>The alias of the grouped column the categories (x axis) come from; null: the first grouped column.</summary>
    public string? CategoryAlias { get; }

    /// <summary>The aliases of the measures, one series each, in the data description's order.</summary>
    public IReadOnlyList<string> MeasureAliases { get; }

    /// <summary>The chart type of each series (Column, Bar, Line, Pie, Funnel, ...), in order; the last one applies to any further series.</summary>
    public IReadOnlyList<string> SeriesTypes { get; }

    /// <summary>The presentation description's Chart element (colors, axes, legend), when there is one.</summary>
    public XElement? Presentation { get; }

    /// <summary>Where the chart is defined (layout file and line).</summary>
    public string Source { get; }
}
