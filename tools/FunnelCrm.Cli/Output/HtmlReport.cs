using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Output.Html;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Output;

/// <summary>
/// A self-contained HTML page (well-formed XHTML, inline SVG, no script, no network; responsive, printable on A4
/// landscape): a header saying what was measured, the funnel with its exits, conversion over time per progression
/// stage against its trailing-12-month baseline, velocity over time, the figures, the page's own sections (the demo's
/// extras and dashboards), notes and a glossary.
/// </summary>
public static class HtmlReport
{
    private static readonly FunnelStage[] Converting = FunnelStages.Progression.Where(s => s != FunnelStage.Won).ToArray();
    private static readonly FunnelStage[] Exits = { FunnelStage.Lost, FunnelStage.Recycled, FunnelStage.Disqualified };

    /// <summary>Writes the page.</summary>
    public static void Write(TextWriter html, ReportPage page)
    {
        var words = page.Language;
        html.WriteLine("<!DOCTYPE html>");
        html.WriteLine("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + words.Code + "\"><head><meta charset=\"utf-8\" /><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" /><title>"
            + Svg.E(page.Title) + "</title>");
        html.WriteLine("<style>" + PageStyle.Css + "</style></head><body>");
        Header(html, page);
        Funnel(html, page);
        Conversion(html, page);
        Velocity(html, page);
        if (page.ScoreDistribution != null)
        {
            ScoreDistribution(html, page, page.ScoreDistribution);
        }

        Figures(html, page);
        foreach (var section in page.Sections)
        {
            html.WriteLine(section);
        }

        if (page.Notes.Count > 0)
        {
            html.WriteLine("<section><h2>" + Svg.E(words["notes"]) + "</h2><ul>");
            foreach (var note in page.Notes)
            {
                html.WriteLine("<li>" + Svg.E(note).Replace("\n", "<br />") + "</li>");
            }

            html.WriteLine("</ul></section>");
        }

        Glossary(html, words);
        html.WriteLine("</body></html>");
    }

    private static void Header(TextWriter html, ReportPage page)
    {
        var words = page.Language;
        var report = page.Report;
        html.WriteLine("<header><h1>" + Svg.E(page.Title) + "</h1><dl class=\"facts\">");
        var range = report.Periods.Count == 0 ? "-" : words.Date(report.Periods[0].Period.Start) + " – " + words.Date(report.Periods[^1].Period.End.AddDays(-1));
        Fact(html, words["header.source"], page.Source);
        Fact(html, words["header.range"], range);
        Fact(html, words["header.period"], words.PeriodName(page.Options.Period));
        Fact(html, words["header.zone"], page.Options.TimeZone.Id);
        Fact(html, words["header.cohort"], words["header.cohort.text"]);
        Fact(html, words["header.asof"], words.DateTime(page.AsOfUtc) + " UTC");
        Fact(html, words["header.generated"], words.DateTime(page.GeneratedUtc) + " UTC");
        html.WriteLine("</dl>");
        html.WriteLine("<p class=\"summary\">" + Svg.E(string.Format(words.Dates, words["summary.leads"], page.Numbers.Count(report.LeadCount))) + " "
            + (report.Bottleneck is FunnelStage weakest
                ? Svg.E(string.Format(words.Dates, words["summary.bottleneck"], words.Stage(weakest), page.Numbers.Percent(report[weakest].Conversion)))
                : Svg.E(words["summary.nobottleneck"])) + "</p></header>");
    }

    private static void Fact(TextWriter html, string term, string value) => html.WriteLine("<div><dt>" + Svg.E(term) + "</dt><dd>" + Svg.E(value) + "</dd></div>");

    private static void Funnel(TextWriter html, ReportPage page)
    {
        var words = page.Language;
        var numbers = page.Numbers;
        var stages = FunnelStages.Progression;
        var funnel = new ChartSpec("funnel-chart", ChartKind.Funnel, words["funnel.title"], words["axis.stage"], words["axis.leads"],
            stages.Select(words.Stage).ToList(), new[] { new SeriesSpec(words["funnel.volume"], Palette.Of(0), stages.Select(s => (double?)page.Report[s].Volume).ToList(), stages.Count) },
            v => numbers.Count((long)Math.Round(v)))
        {
            StepLabels = stages.Take(stages.Count - 1).Select(s => string.Format(words.Dates, words["funnel.step"], numbers.Percent(page.Report[s].Conversion))).ToList(),
            StepLegend = words["funnel.steplegend"],
            Width = 620,
        };
        var exits = new ChartSpec("exits-chart", ChartKind.Column, words["exits.title"], words["axis.stage"], words["axis.leads"],
            Exits.Select(words.Stage).ToList(), new[] { new SeriesSpec(words["funnel.volume"], Palette.Of(4), Exits.Select(s => (double?)page.Report[s].Volume).ToList(), Exits.Length) },
            v => numbers.Plain(v))
        {
            Width = 420,
            PlotHeight = 230,
            EveryCategoryLabelled = true,
        };
        html.WriteLine("<section><h2>" + Svg.E(words["funnel.heading"]) + "</h2><div class=\"pair\"><div class=\"card\">" + funnel.Draw() + "</div><div class=\"card\">" + exits.Draw()
            + "<p class=\"caption\">" + Svg.E(words["exits.caption"]) + "</p></div></div></section>");
    }

    private static void Conversion(TextWriter html, ReportPage page)
    {
        var words = page.Language;
        var numbers = page.Numbers;
        var points = PeriodPoints.Of(page.Report, page.AsOfUtc, page.Options.TimeZone);
        var labels = points.Labels(words);
        var baseline = Baseline(page, points);
        html.WriteLine("<section><h2>" + Svg.E(words["conversion.heading"]) + "</h2>");
        html.WriteLine("<p>" + Svg.E(words["conversion.intro"]) + (points.PerPoint > 1 ? " " + Svg.E(string.Format(words.Dates, words["grouped"], points.PerPoint, words.PeriodName(page.Options.Period))) : "") + "</p>");
        html.WriteLine("<div class=\"grid\">");
        for (var s = 0; s < Converting.Length; s++)
        {
            var stage = Converting[s];
            var next = FunnelStages.Progression[(int)stage + 1];
            var isBottleneck = page.Report.Bottleneck == stage;
            var colour = isBottleneck ? Palette.Highlight : Palette.Of(0);
            var name = string.Format(words.Dates, words["conversion.series"], words.Stage(stage), words.Stage(next));
            var line = baseline?.Lines[(int)stage];
            var chart = new ChartSpec("conversion-" + stage.ToString().ToLowerInvariant() + "-chart", ChartKind.Line,
                name + (isBottleneck ? " – " + words["bottleneck"] : ""), words.PeriodName(page.Options.Period) + " (" + words["axis.cohort"] + ")", words["axis.conversion"],
                labels, new[] { new SeriesSpec(name, colour, points.Conversion(stage), points.IncompleteFrom(page.Report[stage].Velocity.P90Days), isBottleneck) },
                v => numbers.Percent(v))
            {
                References = line?.BaselineConversion is double b ? new[] { new ReferenceSpec(string.Format(words.Dates, words["baseline.legend"], numbers.Percent(b)), "#555", b) } : Array.Empty<ReferenceSpec>(),
                IncompleteLabel = words["incomplete.legend"],
                Width = 480,
                PlotHeight = 170,
            };
            html.WriteLine("<div class=\"card" + (isBottleneck ? " bottleneck" : "") + "\">" + chart.Draw() + "</div>");
        }

        html.WriteLine("</div>");
        if (baseline != null)
        {
            BaselineTable(html, page, baseline);
        }

        html.WriteLine("</section>");
    }

    private static BaselineComparison? Baseline(ReportPage page, PeriodPoints points)
    {
        if (points.LastFullPeriod() is not Period last)
        {
            return null;
        }

        return FunnelBaseline.Compare(page.History, Utc(last.Start, page.Options.TimeZone), Utc(last.End, page.Options.TimeZone), page.Options);
    }

    private static DateTime Utc(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }

    private static void BaselineTable(TextWriter html, ReportPage page, BaselineComparison baseline)
    {
        var words = page.Language;
        var numbers = page.Numbers;
        var period = words.Period(new Period(page.Options.Period, TimeZoneInfo.ConvertTimeFromUtc(baseline.CurrentFromUtc, page.Options.TimeZone)));
        html.WriteLine("<h3>" + Svg.E(string.Format(words.Dates, words["baseline.heading"], period, words.Date(baseline.BaselineFromUtc), words.Date(baseline.CurrentFromUtc.AddDays(-1)))) + "</h3>");
        html.WriteLine("<div class=\"table-wrap\"><table id=\"baseline-table\"><tr><th>" + string.Join("</th><th>", new[]
        {
            words["table.stage"], words["baseline.conversion.now"], words["baseline.conversion.before"], words["baseline.conversion.change"],
            words["baseline.volume.now"], words["baseline.volume.expected"], words["baseline.volume.change"], words["baseline.velocity.change"],
        }.Select(Svg.E)) + "</th></tr>");
        foreach (var stage in Converting)
        {
            var line = baseline.Lines[(int)stage];
            html.WriteLine("<tr><td>" + Svg.E(words.Stage(stage)) + "</td><td>" + numbers.Percent(line.CurrentConversion) + "</td><td>" + numbers.Percent(line.BaselineConversion) + "</td><td>"
                + (line.ConversionChange is double c ? numbers.SignedOneDecimal(c * 100) + " " + Svg.E(words["points"]) : "-") + "</td><td>" + numbers.Count(line.CurrentVolume) + "</td><td>"
                + (line.ExpectedVolume is double e ? numbers.Count(e) : "-") + "</td><td>" + (line.VolumeChange is double v ? numbers.SignedOneDecimal(v * 100) + " %" : "-") + "</td><td>"
                + (line.VelocityChangeDays is double d ? numbers.SignedOneDecimal(d) + " " + Svg.E(words["days"]) : "-") + "</td></tr>");
        }

        html.WriteLine("</table></div>");
    }

    private static void Velocity(TextWriter html, ReportPage page)
    {
        var words = page.Language;
        var numbers = page.Numbers;
        var points = PeriodPoints.Of(page.Report, page.AsOfUtc, page.Options.TimeZone);
        var chart = new ChartSpec("velocity-chart", ChartKind.Line, words["velocity.title"], words.PeriodName(page.Options.Period) + " (" + words["axis.cohort"] + ")", words["axis.days"],
            points.Labels(words), Converting.Select((stage, i) => new SeriesSpec(
                string.Format(words.Dates, words["velocity.series"], words.Stage(stage), words.Stage(FunnelStages.Progression[(int)stage + 1])),
                page.Report.Bottleneck == stage ? Palette.Highlight : Palette.Of(i == 4 ? 6 : i), points.Velocity(stage), points.IncompleteFrom(page.Report[stage].Velocity.P90Days),
                page.Report.Bottleneck == stage)).ToList(),
            v => numbers.Plain(v))
        {
            IncompleteLabel = words["incomplete.legend"],
        };
        html.WriteLine("<section><h2>" + Svg.E(words["velocity.heading"]) + "</h2><div class=\"card wide\">" + chart.Draw() + "</div></section>");
    }

    private static void ScoreDistribution(TextWriter html, ReportPage page, IReadOnlyList<(string Label, long Count)> buckets)
    {
        var words = page.Language;
        var chart = new ChartSpec("score-chart", ChartKind.Column, words["score.title"], words["axis.score"], words["axis.leads"], buckets.Select(b => b.Label).ToList(),
            new[] { new SeriesSpec(words["score.series"], Palette.Of(1), buckets.Select(b => (double?)b.Count).ToList(), buckets.Count) }, v => page.Numbers.Plain(v));
        html.WriteLine("<section><h2>" + Svg.E(words["score.heading"]) + "</h2><div class=\"card wide\">" + chart.Draw() + "</div></section>");
    }

    private static void Figures(TextWriter html, ReportPage page)
    {
        var words = page.Language;
        var numbers = page.Numbers;
        html.WriteLine("<section><h2>" + Svg.E(words["figures.heading"]) + "</h2><div class=\"table-wrap\"><table id=\"figures-table\"><tr><th>" + string.Join("</th><th>", new[]
        {
            words["table.stage"], words["table.volume"], words["table.conversion"], words["table.towon"], words["table.mean"], words["table.median"], words["table.p90"],
        }.Select(Svg.E)) + "</th></tr>");
        foreach (var stage in page.Report.Overall)
        {
            html.WriteLine("<tr" + (page.Report.Bottleneck == stage.Stage ? " class=\"bottleneck\"" : "") + "><td>" + Svg.E(words.Stage(stage.Stage)) + "</td><td>" + numbers.Count(stage.Volume)
                + "</td><td>" + numbers.Percent(stage.Conversion) + "</td><td>" + numbers.Percent(stage.ToWon) + "</td><td>" + numbers.Days(stage.Velocity.MeanDays) + "</td><td>"
                + numbers.Days(stage.Velocity.MedianDays) + "</td><td>" + numbers.Days(stage.Velocity.P90Days) + "</td></tr>");
        }

        html.WriteLine("</table></div></section>");
    }

    private static void Glossary(TextWriter html, ReportLanguage words)
    {
        html.WriteLine("<section id=\"glossary\"><h2>" + Svg.E(words["glossary.heading"]) + "</h2><dl>");
        foreach (var term in ReportWords.GlossaryTerms)
        {
            html.WriteLine("<dt>" + Svg.E(words["glossary." + term]) + "</dt><dd>" + Svg.E(words["glossary." + term + ".text"]) + "</dd>");
        }

        html.WriteLine("</dl></section>");
    }
}
