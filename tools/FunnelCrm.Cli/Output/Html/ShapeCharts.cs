using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Cli.Output.Html;

/// <summary>Draws pie and funnel charts: title, legend, labels that never collide, the funnel's steps between its bars.</summary>
internal static class ShapeCharts
{
    private const double LabelSize = 11;

    /// <summary>A pie of the first series: one slice per category, named with its value and share in the legend.</summary>
    public static string Pie(ChartSpec chart)
    {
        var svg = new Svg();
        var width = chart.Width;
        svg.Text(width / 2, 20, chart.Title, "chart-title", "middle");
        var values = chart.Series.Count == 0 ? new List<double>() : chart.Series[0].Values.Select(v => Math.Max(0, v ?? 0)).ToList();
        var total = values.Sum();
        var items = chart.Categories.Select((c, i) => new LegendItem(c + ": " + chart.Format(values[i]) + (total > 0 && chart.FormatShare != null ? " (" + chart.FormatShare(values[i] / total) + ")" : ""), Palette.Of(i), LegendKey.Swatch)).ToList();
        Legend.Draw(svg, items, 12, 30, width - 24);
        var top = 30 + Legend.Height(items, width - 24) + 12;
        var radius = Math.Min(chart.PlotHeight, width - 40) / 2;
        var (cx, cy) = (width / 2, top + radius);
        var angle = -Math.PI / 2;
        for (var i = 0; i < values.Count && total > 0; i++)
        {
            var sweep = 2 * Math.PI * values[i] / total;
            var tooltip = chart.Categories[i] + ": " + chart.Format(values[i]);
            if (sweep >= 2 * Math.PI - 1e-9)
            {
                svg.Path(Circle(cx, cy, radius), Palette.Of(i), tooltip);
            }
            else if (sweep > 0)
            {
                var (x1, y1) = (cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle));
                var (x2, y2) = (cx + radius * Math.Cos(angle + sweep), cy + radius * Math.Sin(angle + sweep));
                svg.Path("M" + Svg.F(cx) + " " + Svg.F(cy) + " L" + Svg.F(x1) + " " + Svg.F(y1) + " A" + Svg.F(radius) + " " + Svg.F(radius) + " 0 " + (sweep > Math.PI ? 1 : 0)
                    + " 1 " + Svg.F(x2) + " " + Svg.F(y2) + " Z", Palette.Of(i), tooltip);
            }

            angle += sweep;
        }

        return svg.Build(chart.Id, chart.Title, width, top + 2 * radius + 10, false);
    }

    /// <summary>
    /// A funnel of the first series: centred bars as wide as their value, the category and value beside each bar, and the
    /// step labels (conversions) between consecutive bars.
    /// </summary>
    public static string Funnel(ChartSpec chart)
    {
        var svg = new Svg();
        var width = chart.Width;
        svg.Text(width / 2, 20, chart.Title, "chart-title", "middle");
        var series = chart.Series[0];
        var items = new List<LegendItem> { new(series.Label, series.Colour, LegendKey.Swatch) };
        if (chart.StepLegend != null)
        {
            items.Add(new LegendItem(chart.StepLegend, "#555", LegendKey.Dashed));
        }

        Legend.Draw(svg, items, 12, 30, width - 24);
        var top = 30 + Legend.Height(items, width - 24) + 12;
        var categoryWidth = chart.Categories.Select(c => Svg.Width(c, LabelSize)).DefaultIfEmpty(0).Max();
        var valueLabels = series.Values.Select(v => v is double d ? chart.Format(d) : "-").ToList();
        var valueWidth = valueLabels.Select(v => Svg.Width(v, LabelSize)).DefaultIfEmpty(0).Max();
        var left = 30 + categoryWidth + 10;
        var right = width - valueWidth - 16;
        var max = Math.Max(1e-9, series.Values.Where(v => v != null).Select(v => v!.Value).DefaultIfEmpty(0).Max());
        var step = chart.StepLabels == null ? 28.0 : 46.0;
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var y = top + i * step;
            var barWidth = Math.Max(2, (right - left) * (series.Values[i] ?? 0) / max);
            svg.Rect(left + (right - left - barWidth) / 2, y, barWidth, 22, series.Colour, chart.Categories[i] + ": " + valueLabels[i]);
            svg.Text(left - 8, y + 15, chart.Categories[i], "tick", "end");
            svg.Text(right + 8, y + 15, valueLabels[i], "label");
            if (chart.StepLabels != null && i < chart.StepLabels.Count)
            {
                svg.Text((left + right) / 2, y + 37, "↓ " + chart.StepLabels[i], "label step", "middle");
            }
        }

        var bottom = top + (chart.Categories.Count - 1) * step + 22;
        svg.Text(14, (top + bottom) / 2, chart.CategoryTitle, "axis-title", "middle", -90);
        svg.Text((left + right) / 2, bottom + 24, chart.ValueTitle, "axis-title", "middle");
        return svg.Build(chart.Id, chart.Title, width, bottom + 34, true);
    }

    private static string Circle(double cx, double cy, double r) =>
        "M" + Svg.F(cx - r) + " " + Svg.F(cy) + " a" + Svg.F(r) + " " + Svg.F(r) + " 0 1 0 " + Svg.F(2 * r) + " 0 a" + Svg.F(r) + " " + Svg.F(r) + " 0 1 0 " + Svg.F(-2 * r) + " 0";
}
