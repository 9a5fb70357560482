using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Output;

/// <summary>
/// A self-contained HTML page (well-formed XHTML, inline SVG, no script, no network) with the funnel by stage,
/// conversion and velocity per period, an optional score distribution and notes.
/// </summary>
public static class HtmlReport
{
    private static readonly FunnelStage[] Charted = { FunnelStage.Mql, FunnelStage.Sal, FunnelStage.Sql };
    private static readonly string[] Colours = { "#2f6fb3", "#e07b24", "#3c9a4a" };

    /// <summary>Writes the page, with the figures in <paramref name="numbers"/>' culture.</summary>
    public static void Write(TextWriter html, string title, FunnelReport report, IReadOnlyList<(string Label, long Count)>? scoreDistribution, IReadOnlyList<string> notes, Numbers numbers)
    {
        html.WriteLine("<!DOCTYPE html>");
        html.WriteLine("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\" /><title>" + E(title) + "</title>");
        html.WriteLine("<style>body{font-family:Segoe UI,Arial,sans-serif;margin:2em;color:#222}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}"
            + "svg text{font-size:11px;fill:#333}</style></head><body>");
        html.WriteLine("<h1>" + E(title) + "</h1>");
        html.WriteLine("<p>" + numbers.Count(report.LeadCount) + " leads. Bottleneck: "
            + (report.Bottleneck is FunnelStage weakest ? E(FunnelStages.Label(weakest)) + " (" + numbers.Percent(report[weakest].Conversion) + ")" : "none") + ".</p>");
        html.WriteLine("<h2>Funnel by stage</h2>");
        Funnel(html, report, numbers);
        html.WriteLine("<h2>Conversion per period</h2>");
        Lines(html, report, s => s.Conversion, v => numbers.Percent(v), "conversion");
        html.WriteLine("<h2>Velocity per period (mean days to the next stage)</h2>");
        Lines(html, report, s => s.Velocity.MeanDays, v => numbers.Days(v) + " d", "velocity");
        if (scoreDistribution != null)
        {
            html.WriteLine("<h2>Score distribution</h2>");
            Histogram(html, scoreDistribution, numbers);
        }

        html.WriteLine("<h2>Figures</h2><table><tr><th>Stage</th><th>Volume</th><th>Conversion</th><th>Mean days</th><th>Median days</th><th>To won</th></tr>");
        foreach (var stage in report.Overall)
        {
            html.WriteLine("<tr><td>" + E(FunnelStages.Label(stage.Stage)) + "</td><td>" + numbers.Count(stage.Volume) + "</td><td>" + numbers.Percent(stage.Conversion)
                + "</td><td>" + numbers.Days(stage.Velocity.MeanDays) + "</td><td>" + numbers.Days(stage.Velocity.MedianDays) + "</td><td>" + numbers.Percent(stage.ToWon) + "</td></tr>");
        }

        html.WriteLine("</table>");
        if (notes.Count > 0)
        {
            html.WriteLine("<h2>Notes</h2><ul>");
            foreach (var note in notes)
            {
                html.WriteLine("<li>" + E(note).Replace("\n", "<br />") + "</li>");
            }

            html.WriteLine("</ul>");
        }

        html.WriteLine("</body></html>");
    }

    private static void Funnel(TextWriter html, FunnelReport report, Numbers numbers)
    {
        var stages = FunnelStages.Progression.Select(s => report[s]).ToList();
        var max = Math.Max(1, stages.Max(s => s.Volume));
        const int width = 640;
        var height = stages.Count * 28 + 10;
        html.WriteLine("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"funnel-chart\" width=\"" + width + "\" height=\"" + height + "\" role=\"img\"><title>Funnel by stage</title>");
        for (var i = 0; i < stages.Count; i++)
        {
            var w = Math.Max(2, (int)(400.0 * stages[i].Volume / max));
            var x = 110 + (400 - w) / 2;
            html.WriteLine("<rect x=\"" + x + "\" y=\"" + (i * 28 + 5) + "\" width=\"" + w + "\" height=\"22\" fill=\"#2f6fb3\" />"
                + "<text x=\"5\" y=\"" + (i * 28 + 20) + "\">" + E(FunnelStages.Label(stages[i].Stage)) + "</text>"
                + "<text x=\"520\" y=\"" + (i * 28 + 20) + "\">" + numbers.Count(stages[i].Volume) + " (" + numbers.Percent(stages[i].Conversion) + ")</text>");
        }

        html.WriteLine("</svg>");
    }

    private static void Lines(TextWriter html, FunnelReport report, Func<StageFigures, double?> value, Func<double?, string> label, string id)
    {
        var periods = report.Periods;
        const int width = 640;
        const int height = 220;
        var values = periods.SelectMany(p => Charted.Select(s => value(p[s]))).Where(v => v != null).Select(v => v!.Value).ToList();
        var max = values.Count == 0 ? 1 : Math.Max(values.Max(), 1e-9);
        html.WriteLine("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id + "-chart\" width=\"" + width + "\" height=\"" + (height + 40) + "\" role=\"img\"><title>" + E(id) + " per period</title>");
        html.WriteLine("<line x1=\"40\" y1=\"" + height + "\" x2=\"" + (width - 10) + "\" y2=\"" + height + "\" stroke=\"#999\" />");
        var step = periods.Count > 1 ? (width - 60.0) / (periods.Count - 1) : 0;
        for (var c = 0; c < Charted.Length; c++)
        {
            var points = new List<string>();
            for (var i = 0; i < periods.Count; i++)
            {
                var v = value(periods[i][Charted[c]]);
                if (v != null)
                {
                    points.Add(F(40 + i * step) + "," + F(height - 10 - (height - 30) * v.Value / max));
                }
            }

            if (points.Count > 0)
            {
                html.WriteLine("<polyline fill=\"none\" stroke=\"" + Colours[c] + "\" stroke-width=\"2\" points=\"" + string.Join(" ", points) + "\" />");
            }

            html.WriteLine("<text x=\"" + (60 + c * 120) + "\" y=\"" + (height + 32) + "\" fill=\"" + Colours[c] + "\">" + E(FunnelStages.Label(Charted[c])) + "</text>");
        }

        for (var i = 0; i < periods.Count; i += Math.Max(1, periods.Count / 8))
        {
            html.WriteLine("<text x=\"" + F(40 + i * step) + "\" y=\"" + (height + 14) + "\">" + E(periods[i].Period.Label) + "</text>");
        }

        html.WriteLine("<text x=\"0\" y=\"20\">" + E(label(max)) + "</text></svg>");
    }

    private static void Histogram(TextWriter html, IReadOnlyList<(string Label, long Count)> buckets, Numbers numbers)
    {
        var max = Math.Max(1, buckets.Max(b => b.Count));
        const int height = 200;
        var width = buckets.Count * 40 + 20;
        html.WriteLine("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"score-chart\" width=\"" + width + "\" height=\"" + (height + 30) + "\" role=\"img\"><title>Score distribution</title>");
        for (var i = 0; i < buckets.Count; i++)
        {
            var h = (int)((height - 20) * buckets[i].Count / (double)max);
            html.WriteLine("<rect x=\"" + (10 + i * 40) + "\" y=\"" + (height - h) + "\" width=\"34\" height=\"" + h + "\" fill=\"#e07b24\" />"
                + "<text x=\"" + (10 + i * 40) + "\" y=\"" + (height + 14) + "\">" + E(buckets[i].Label) + "</text>"
                + "<text x=\"" + (10 + i * 40) + "\" y=\"" + (height - h - 3) + "\">" + numbers.Count(buckets[i].Count) + "</text>");
        }

        html.WriteLine("</svg>");
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
