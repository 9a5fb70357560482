using System;
using System.Collections.Generic;

namespace FunnelCrm.Cli.Output.Html;

/// <summary>How a chart draws its series.</summary>
internal enum ChartKind
{
    /// <summary>Lines with a marker on every value.</summary>
    Line,

    /// <summary>Vertical bars, one group per category.</summary>
    Column,

    /// <summary>Horizontal bars, one group per category.</summary>
    Bar,

    /// <summary>A pie of the first series.</summary>
    Pie,

    /// <summary>Centred horizontal bars narrowing from the first category to the last.</summary>
    Funnel,
}

/// <summary>One series: what it is (the legend's words), its colour and a value per category.</summary>
/// <param name="IncompleteFrom">The first category whose value is not final yet (drawn hollow and dashed); the category count when all are final.</param>
internal sealed record SeriesSpec(string Label, string Colour, IReadOnlyList<double?> Values, int IncompleteFrom, bool Emphasis = false);

/// <summary>A horizontal reference value (a baseline) drawn dashed across the plot and named in the legend.</summary>
internal sealed record ReferenceSpec(string Label, string Colour, double Value);

/// <summary>Everything a chart shows.</summary>
internal sealed record ChartSpec(string Id, ChartKind Kind, string Title, string CategoryTitle, string ValueTitle, IReadOnlyList<string> Categories,
    IReadOnlyList<SeriesSpec> Series, Func<double, string> Format)
{
    /// <summary>Reference lines.</summary>
    public IReadOnlyList<ReferenceSpec> References { get; init; } = Array.Empty<ReferenceSpec>();

    /// <summary>The legend's words for values that are not final (null: every value is final).</summary>
    public string? IncompleteLabel { get; init; }

    /// <summary>The coordinate width the chart is laid out in (it scales with the page).</summary>
    public double Width { get; init; } = 760;

    /// <summary>The plot's height.</summary>
    public double PlotHeight { get; init; } = 210;

    /// <summary>Labels written between consecutive bars of a funnel ("42.0 % to next stage"), one fewer than the categories.</summary>
    public IReadOnlyList<string>? StepLabels { get; init; }

    /// <summary>
    /// Whether every category keeps its label (categories that are names, not a time axis): labels too wide to stand side
    /// by side are turned upright instead of thinned.
    /// </summary>
    public bool EveryCategoryLabelled { get; init; }

    /// <summary>The legend's words for the step labels of a funnel.</summary>
    public string? StepLegend { get; init; }

    /// <summary>How a pie writes a slice's share of the whole.</summary>
    public Func<double, string>? FormatShare { get; init; }

    /// <summary>The chart drawn as an svg element.</summary>
    public string Draw() => Kind switch
    {
        ChartKind.Pie => ShapeCharts.Pie(this),
        ChartKind.Funnel => ShapeCharts.Funnel(this),
        _ => CategoryChart.Draw(this),
    };
}

/// <summary>The colours series take in turn.</summary>
internal static class Palette
{
    private static readonly string[] Colours = { "#2f6fb3", "#e07b24", "#3c9a4a", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d", "#d4ac0d" };

    /// <summary>The <paramref name="index"/>th colour (repeating).</summary>
    public static string Of(int index) => Colours[index % Colours.Length];

    /// <summary>The colour of a highlighted series (the bottleneck).</summary>
    public const string Highlight = "#c0392b";
}
