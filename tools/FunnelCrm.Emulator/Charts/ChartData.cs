using System.Collections.Generic;

namespace FunnelCrm.Emulator.Charts;

/// <summary>
/// What a chart shows after it ran: its title, the axis titles, the categories (x axis) with their labels, and one series
/// per measure (or, for a comparison chart, per value of its second grouping) with a value per category.
/// </summary>
public sealed class ChartData
{
    internal ChartData(ChartDefinition chart, string title, string description, string categoryTitle, string valueTitle,
        IReadOnlyList<ChartCategory> categories, IReadOnlyList<ChartSeries> series, string fetchXml)
    {
        Chart = chart;
        Title = title;
        Description = description;
        CategoryTitle = categoryTitle;
        ValueTitle = valueTitle;
        Categories = categories;
        Series = series;
        FetchXml = fetchXml;
    }

    /// <summary>The chart that ran.</summary>
    public ChartDefinition Chart { get; }

    /// <summary>The chart's name in the language asked for.</summary>
    public string Title { get; }

    /// <summary>The chart's description in the language asked for (what it counts).</summary>
    public string Description { get; }

    /// <summary>The category axis title: the grouped column's display name and its date grouping ("MQL on (month)").</summary>
    public string CategoryTitle { get; }

    /// <summary>The value axis title: the first measure's label ("Count", "Sum of Volume").</summary>
    public string ValueTitle { get; }

    /// <summary>The categories in the order the query returned them.</summary>
    public IReadOnlyList<ChartCategory> Categories { get; }

    /// <summary>The series, each with one value per category.</summary>
    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>The FetchXML that ran: the chart's, with the view's filters added when it ran under a view.</summary>
    public string FetchXml { get; }
}

/// <summary>One category of a chart: the grouped value as the query returned it and its label.</summary>
public sealed class ChartCategory
{
    internal ChartCategory(object? value, string label)
    {
        Value = value;
        Label = label;
    }

    /// <summary>
    /// The grouped value: a choice's number, a lookup's id, a date part's number (month 1-12, year), the text or number
    /// itself; null for the rows without a value.
    /// </summary>
    public object? Value { get; }

    /// <summary>The label the chart shows: the choice's label in the language asked for, the lookup's name, the month's name, "(blank)".</summary>
    public string Label { get; }
}

/// <summary>One series of a chart.</summary>
public sealed class ChartSeries
{
    internal ChartSeries(string label, string chartType, string measureAlias, object? groupValue, IReadOnlyList<decimal?> values)
    {
        Label = label;
        ChartType = chartType;
        MeasureAlias = measureAlias;
        GroupValue = groupValue;
        Values = values;
    }

    /// <summary>What the series is: the measure's label, or for a comparison chart the second grouping's value.</summary>
    public string Label { get; }

    /// <summary>The chart type of the series (Column, Bar, Line, Pie, Funnel, ...).</summary>
    public string ChartType { get; }

    /// <summary>The alias of the measure the values come from.</summary>
    public string MeasureAlias { get; }

    /// <summary>For a comparison chart, the second grouping's value this series shows; otherwise null.</summary>
    public object? GroupValue { get; }

    /// <summary>One value per category, in the categories' order; null where the query returned no row for it.</summary>
    public IReadOnlyList<decimal?> Values { get; }
}
