using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Cli.Output.Html;

/// <summary>
/// Draws line, column and bar charts: title, legend, a value axis from zero with round ticks and gridlines, category
/// labels thinned so that none collides or is clipped, the axis titles, markers on every line value (a single category
/// still shows), values that are not final hollow on a grey band, reference lines dashed.
/// </summary>
internal static class CategoryChart
{
    private const double TickSize = 11;

    /// <summary>The chart as an svg element.</summary>
    public static string Draw(ChartSpec chart)
    {
        var svg = new Svg();
        var width = chart.Width;
        svg.Text(width / 2, 20, chart.Title, "chart-title", "middle");
        var legend = LegendOf(chart);
        Legend.Draw(svg, legend, 12, 30, width - 24);
        var top = 30 + Legend.Height(legend, width - 24) + 14;
        var largest = chart.Series.SelectMany(s => s.Values).Where(v => v != null).Select(v => v!.Value).Concat(chart.References.Select(r => r.Value)).DefaultIfEmpty(0).Max();
        var scale = NiceScale.For(largest);
        var tickLabels = scale.Ticks.Select(chart.Format).ToList();
        return chart.Kind == ChartKind.Bar
            ? Bars(svg, chart, scale, tickLabels, top)
            : Columns(svg, chart, scale, tickLabels, top);
    }

    private static string Columns(Svg svg, ChartSpec chart, NiceScale scale, IReadOnlyList<string> tickLabels, double top)
    {
        var width = chart.Width;
        var n = Math.Max(1, chart.Categories.Count);
        var labelWidth = chart.Categories.Select(c => Svg.Width(c, TickSize)).DefaultIfEmpty(0).Max();
        var left = 30 + tickLabels.Max(t => Svg.Width(t, TickSize)) + 6;
        var right = width - (chart.EveryCategoryLabelled ? 16 : Math.Max(16, labelWidth / 2 + 4));
        var bottom = top + chart.PlotHeight;
        var slot = (right - left) / n;
        double Y(double v) => bottom - (bottom - top) * v / scale.Max;
        double X(int i) => left + slot * (i + 0.5);

        var firstIncomplete = chart.Series.Select(s => s.IncompleteFrom).DefaultIfEmpty(n).Min();
        if (firstIncomplete < n)
        {
            svg.Rect(left + slot * firstIncomplete, top, right - left - slot * firstIncomplete, bottom - top, "#ececec", chart.IncompleteLabel, "incomplete");
        }

        for (var t = 0; t < scale.Ticks.Count; t++)
        {
            var y = Y(scale.Ticks[t]);
            svg.Line(left, y, right, y, t == 0 ? "#888" : "#e2e2e2");
            svg.Text(left - 6, y + 4, tickLabels[t], "tick", "end");
        }

        var upright = chart.EveryCategoryLabelled && labelWidth + 10 > slot;
        var every = upright ? (int)Math.Ceiling(18 / slot) : (int)Math.Ceiling((labelWidth + 10) / slot);
        var labelsHeight = upright ? labelWidth + 4 : 0;
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            if ((chart.Categories.Count - 1 - i) % every == 0)
            {
                svg.Line(X(i), bottom, X(i), bottom + 4, "#888");
                if (upright)
                {
                    svg.Text(X(i) + 4, bottom + 8, chart.Categories[i], "tick", "end", -90);
                }
                else
                {
                    svg.Text(X(i), bottom + 17, chart.Categories[i], "tick", "middle");
                }
            }
        }

        if (chart.Kind == ChartKind.Column)
        {
            var group = slot * 0.72;
            var bar = group / Math.Max(1, chart.Series.Count);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = chart.Series[s];
                for (var i = 0; i < series.Values.Count; i++)
                {
                    if (series.Values[i] is double v)
                    {
                        var x = X(i) - group / 2 + s * bar;
                        svg.Rect(x + 1, Y(v), bar - 2, bottom - Y(v), series.Colour, chart.Categories[i] + ", " + series.Label + ": " + chart.Format(v));
                        var text = chart.Format(v);
                        if (Svg.Width(text, 10) <= bar + 2 && Y(v) - 4 > top + 10)
                        {
                            svg.Text(x + bar / 2, Y(v) - 4, text, "label", "middle");
                        }
                        else if (Svg.Width(text, 10) <= bar + 2 && bottom - Y(v) > 16)
                        {
                            svg.Text(x + bar / 2, Y(v) + 12, text, "label", "middle", 0, "#fff");
                        }
                    }
                }
            }
        }
        else
        {
            foreach (var series in chart.Series)
            {
                Line(svg, chart, series, X, Y);
            }
        }

        foreach (var reference in chart.References)
        {
            svg.Line(left, Y(reference.Value), right, Y(reference.Value), reference.Colour, 1.5, true, "reference");
        }

        svg.Text(14, (top + bottom) / 2, chart.ValueTitle, "axis-title", "middle", -90);
        svg.Text((left + right) / 2, bottom + labelsHeight + 40, chart.CategoryTitle, "axis-title", "middle");
        return svg.Build(chart.Id, chart.Title, width, bottom + labelsHeight + 50, true);
    }

    private static void Line(Svg svg, ChartSpec chart, SeriesSpec series, Func<int, double> x, Func<double, double> y)
    {
        var final = new List<(double, double)>();
        var open = new List<(double, double)>();
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is not double v)
            {
                continue;
            }

            if (i < series.IncompleteFrom)
            {
                final.Add((x(i), y(v)));
            }
            else
            {
                if (open.Count == 0 && final.Count > 0)
                {
                    open.Add(final[^1]);
                }

                open.Add((x(i), y(v)));
            }
        }

        var stroke = series.Emphasis ? 3.5 : 2;
        svg.Polyline(final, series.Colour, stroke, false);
        svg.Polyline(open, series.Colour, stroke, true);
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is double v)
            {
                svg.Marker(x(i), y(v), series.Colour, i >= series.IncompleteFrom,
                    chart.Categories[i] + ", " + series.Label + ": " + chart.Format(v) + (i >= series.IncompleteFrom ? " (" + chart.IncompleteLabel + ")" : ""));
            }
        }
    }

    private static string Bars(Svg svg, ChartSpec chart, NiceScale scale, IReadOnlyList<string> tickLabels, double top)
    {
        var width = chart.Width;
        var n = Math.Max(1, chart.Categories.Count);
        var left = 30 + chart.Categories.Select(c => Svg.Width(c, TickSize)).DefaultIfEmpty(0).Max() + 8;
        var right = width - Math.Max(16, Svg.Width(tickLabels[^1], TickSize) / 2 + 4);
        var slot = Math.Max(22, chart.PlotHeight / n);
        var bottom = top + slot * n;
        double X(double v) => left + (right - left) * v / scale.Max;

        var every = (int)Math.Ceiling(tickLabels.Max(t => Svg.Width(t, TickSize) + 10) / ((right - left) / Math.Max(1, scale.Ticks.Count - 1)));
        for (var t = 0; t < scale.Ticks.Count; t++)
        {
            var x = X(scale.Ticks[t]);
            svg.Line(x, top, x, bottom, t == 0 ? "#888" : "#e2e2e2");
            if (t % every == 0)
            {
                svg.Text(x, bottom + 16, tickLabels[t], "tick", "middle");
            }
        }

        var group = slot * 0.72;
        var bar = group / Math.Max(1, chart.Series.Count);
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var middle = top + slot * (i + 0.5);
            svg.Text(left - 6, middle + 4, chart.Categories[i], "tick", "end");
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (chart.Series[s].Values[i] is double v)
                {
                    var y = middle - group / 2 + s * bar;
                    svg.Rect(left, y + 1, X(v) - left, bar - 2, chart.Series[s].Colour, chart.Categories[i] + ", " + chart.Series[s].Label + ": " + chart.Format(v));
                    var text = chart.Format(v);
                    if (bar >= 12 && X(v) + 4 + Svg.Width(text, 10) < width - 2)
                    {
                        svg.Text(X(v) + 4, y + bar / 2 + 3.5, text, "label");
                    }
                }
            }
        }

        svg.Text(14, (top + bottom) / 2, chart.CategoryTitle, "axis-title", "middle", -90);
        svg.Text((left + right) / 2, bottom + 38, chart.ValueTitle, "axis-title", "middle");
        return svg.Build(chart.Id, chart.Title, width, bottom + 48, true);
    }

    private static IReadOnlyList<LegendItem> LegendOf(ChartSpec chart)
    {
        var key = chart.Kind == ChartKind.Line ? LegendKey.Line : LegendKey.Swatch;
        var items = chart.Series.Select(s => new LegendItem(s.Label, s.Colour, key, s.Emphasis)).ToList();
        items.AddRange(chart.References.Select(r => new LegendItem(r.Label, r.Colour, LegendKey.Dashed)));
        if (chart.IncompleteLabel != null && chart.Series.Any(s => s.IncompleteFrom < s.Values.Count))
        {
            items.Add(new LegendItem(chart.IncompleteLabel, "#666", LegendKey.Incomplete));
        }

        return items;
    }
}
