using System.Globalization;
using System.Net;
using System.Text;

namespace FunnelCrm.Cli.Output.Html;

/// <summary>
/// Writes one inline SVG chart: a viewBox that scales with the page (no fixed width), text with the classes the page's
/// style and the browser tests read (chart-title, axis-title, tick, legend, label), shapes with their values as tooltips.
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder body = new();

    /// <summary>Adds a text element; <paramref name="anchor"/> is start, middle or end; <paramref name="rotate"/> turns it about its anchor.</summary>
    public void Text(double x, double y, string text, string cssClass, string anchor = "start", double rotate = 0, string? fill = null)
    {
        body.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append('"');
        if (anchor != "start")
        {
            body.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (rotate != 0)
        {
            body.Append(" transform=\"rotate(").Append(F(rotate)).Append(' ').Append(F(x)).Append(' ').Append(F(y)).Append(")\"");
        }

        if (fill != null)
        {
            body.Append(" style=\"fill:").Append(fill).Append('"');
        }

        body.Append('>').Append(E(text)).Append("</text>");
    }

    /// <summary>Adds a line.</summary>
    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false, string cssClass = "")
    {
        body.Append("<line").Append(Class(cssClass)).Append(" x1=\"").Append(F(x1)).Append("\" y1=\"").Append(F(y1)).Append("\" x2=\"").Append(F(x2)).Append("\" y2=\"").Append(F(y2))
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(F(width)).Append('"').Append(dashed ? " stroke-dasharray=\"6 4\"" : "").Append(" />");
    }

    /// <summary>Adds a rectangle with an optional tooltip.</summary>
    public void Rect(double x, double y, double width, double height, string fill, string? tooltip = null, string cssClass = "")
    {
        body.Append("<rect").Append(Class(cssClass)).Append(" x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\" width=\"").Append(F(System.Math.Max(0, width)))
            .Append("\" height=\"").Append(F(System.Math.Max(0, height))).Append("\" fill=\"").Append(fill).Append('"');
        Close("rect", tooltip);
    }

    /// <summary>Adds a point marker: filled, or hollow for a value that is not final.</summary>
    public void Marker(double x, double y, string colour, bool hollow, string tooltip)
    {
        body.Append("<circle class=\"marker\" cx=\"").Append(F(x)).Append("\" cy=\"").Append(F(y)).Append("\" r=\"3.5\" stroke=\"").Append(colour)
            .Append("\" stroke-width=\"1.5\" fill=\"").Append(hollow ? "#fff" : colour).Append('"');
        Close("circle", tooltip);
    }

    /// <summary>Adds a polyline through <paramref name="points"/>.</summary>
    public void Polyline(System.Collections.Generic.IEnumerable<(double X, double Y)> points, string stroke, double width, bool dashed)
    {
        body.Append("<polyline fill=\"none\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(F(width)).Append('"')
            .Append(dashed ? " stroke-dasharray=\"5 4\"" : "").Append(" points=\"");
        foreach (var (x, y) in points)
        {
            body.Append(F(x)).Append(',').Append(F(y)).Append(' ');
        }

        body.Append("\" />");
    }

    /// <summary>Adds a path (a pie slice) with a tooltip.</summary>
    public void Path(string data, string fill, string tooltip)
    {
        body.Append("<path d=\"").Append(data).Append("\" fill=\"").Append(fill).Append("\" stroke=\"#fff\" stroke-width=\"1\"");
        Close("path", tooltip);
    }

    /// <summary>The whole svg element.</summary>
    public string Build(string id, string title, double width, double height, bool hasAxes, string cssClass = "chart") =>
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + cssClass + "\" id=\"" + E(id) + "\" viewBox=\"0 0 " + F(width) + " " + F(height) + "\" style=\"max-width:" + F(width * 1.35)
        + "px\" role=\"img\" data-axes=\"" + (hasAxes ? "true" : "false") + "\"><title>" + E(title) + "</title>" + body + "</svg>";

    /// <summary>A coordinate with at most one decimal, invariant.</summary>
    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for HTML and XML.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// An upper estimate of a text's width in pixels at <paramref name="size"/> px in the page's sans-serif font, for
    /// laying labels out so that none overlaps (the browser tests measure the real boxes).
    /// </summary>
    public static double Width(string text, double size)
    {
        double em = 0;
        foreach (var c in text)
        {
            em += c switch
            {
                'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or ' ' or 'I' or 't' or 'f' or 'r' => 0.36,
                'm' or 'w' or 'M' or 'W' or '%' or '@' => 0.92,
                >= 'A' and <= 'Z' => 0.72,
                '→' or '–' or '—' => 1.0,
                _ => 0.6,
            };
        }

        return em * size * 1.08 + 2;
    }

    private static string Class(string cssClass) => cssClass.Length == 0 ? "" : " class=\"" + cssClass + "\"";

    private void Close(string element, string? tooltip)
    {
        if (tooltip == null)
        {
            body.Append(" />");
        }
        else
        {
            body.Append("><title>").Append(E(tooltip)).Append("</title></").Append(element).Append('>');
        }
    }
}
