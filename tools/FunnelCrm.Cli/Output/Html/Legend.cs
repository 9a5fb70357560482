using System.Collections.Generic;

namespace FunnelCrm.Cli.Output.Html;

/// <summary>How a legend entry's key is drawn.</summary>
internal enum LegendKey
{
    /// <summary>A line with a marker.</summary>
    Line,

    /// <summary>A dashed line.</summary>
    Dashed,

    /// <summary>A filled square.</summary>
    Swatch,

    /// <summary>A grey band with a hollow marker (values not final yet).</summary>
    Incomplete,
}

/// <summary>One legend entry.</summary>
internal sealed record LegendItem(string Label, string Colour, LegendKey Key, bool Emphasis = false);

/// <summary>Lays legend entries out in rows that fit the chart's width, so that no two overlap.</summary>
internal static class Legend
{
    private const double Size = 12;
    private const double RowHeight = 18;
    private const double KeyWidth = 24;
    private const double Gap = 18;

    /// <summary>The height the legend takes at <paramref name="width"/>.</summary>
    public static double Height(IReadOnlyList<LegendItem> items, double width) => Rows(items, width).Count * RowHeight;

    /// <summary>Draws the legend with its first row's top at <paramref name="top"/>, from <paramref name="left"/>.</summary>
    public static void Draw(Svg svg, IReadOnlyList<LegendItem> items, double left, double top, double width)
    {
        var rows = Rows(items, width);
        for (var r = 0; r < rows.Count; r++)
        {
            var x = left;
            var y = top + r * RowHeight + 12;
            foreach (var item in rows[r])
            {
                var middle = y - 4;
                switch (item.Key)
                {
                    case LegendKey.Line:
                        svg.Line(x, middle, x + KeyWidth - 4, middle, item.Colour, item.Emphasis ? 3.5 : 2);
                        svg.Marker(x + (KeyWidth - 4) / 2, middle, item.Colour, false, item.Label);
                        break;
                    case LegendKey.Dashed:
                        svg.Line(x, middle, x + KeyWidth - 4, middle, item.Colour, 1.5, true);
                        break;
                    case LegendKey.Incomplete:
                        svg.Rect(x, middle - 6, KeyWidth - 4, 12, "#ececec");
                        svg.Marker(x + (KeyWidth - 4) / 2, middle, item.Colour, true, item.Label);
                        break;
                    default:
                        svg.Rect(x + 4, middle - 6, 12, 12, item.Colour);
                        break;
                }

                svg.Text(x + KeyWidth, y, item.Label, item.Emphasis ? "legend emphasis" : "legend");
                x += KeyWidth + Svg.Width(item.Label, Size) + Gap;
            }
        }
    }

    private static List<List<LegendItem>> Rows(IReadOnlyList<LegendItem> items, double width)
    {
        var rows = new List<List<LegendItem>>();
        var used = double.MaxValue;
        foreach (var item in items)
        {
            var need = KeyWidth + Svg.Width(item.Label, Size) + Gap;
            if (used + need > width)
            {
                rows.Add(new List<LegendItem>());
                used = 0;
            }

            rows[^1].Add(item);
            used += need;
        }

        return rows;
    }
}
