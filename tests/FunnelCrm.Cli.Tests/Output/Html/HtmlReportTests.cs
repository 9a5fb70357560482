using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using FunnelCrm.Cli.Demo;
using FunnelCrm.Emulator.Charts;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Cli.Tests.Output.Html;

/// <summary>What the HTML report says, read as XHTML: dashboards, top MQLs, German words and figures, long day ranges.</summary>
public sealed class HtmlReportTests
{
    private static readonly Lazy<XDocument> Demo = new(() =>
    {
        var folder = CliRun.TempFolder();
        var run = CliRun.Of("demo", "--leads", "150", "--months", "14", "--seed", "5", "--out", folder);
        Assert.Equal(0, run.ExitCode);
        return Page(Path.Combine(folder, "funnel-report.html"));
    });

    [Fact]
    public void DemoReport_EveryDashboardOfTheSolution_HasASectionWithEachChartCellDrawnFromItsChart()
    {
        var solution = SolutionCharts.Load(new EmbeddedFiles(typeof(DemoSimulation).Assembly, "FunnelCrm.Solution/"));

        var previews = Demo.Value.Descendants().Where(e => (string?)e.Attribute("class") == "dashboard-preview").ToList();

        Assert.Equal(solution.Dashboards.Select(d => d.Name.In(1033)), previews.Select(p => p.Elements().First().Value));
        for (var d = 0; d < previews.Count; d++)
        {
            var charts = solution.Dashboards[d].Cells.Where(c => c.ChartId != null && c.Mode != "Grid").Select(c => solution.Chart(c.ChartId!.Value).Name.In(1033) ?? "").ToList();
            var drawn = previews[d].Descendants().Where(e => e.Name.LocalName == "svg").Select(s => s.Elements().First(e => e.Name.LocalName == "title").Value).ToList();
            Assert.Equal(charts, drawn);
            Assert.All(previews[d].Descendants().Where(e => e.Name.LocalName == "svg"), svg => Assert.True(
                svg.Descendants().Any(e => e.Name.LocalName is "rect" or "path" or "circle" && e.Elements().Any(t => t.Name.LocalName == "title" && t.Value.Contains(": "))),
                svg.Elements().First().Value + " draws no value"));
            Assert.Equal(solution.Dashboards[d].Cells.Count, previews[d].Descendants().Count(e => ((string?)e.Attribute("class"))?.StartsWith("cell", StringComparison.Ordinal) == true && e.HasElements));
        }
    }

    [Fact]
    public void DemoReport_TopMqls_ListsOnlyLeadsAtOrAboveTheMqlThreshold()
    {
        var threshold = DefaultScoringModel.Create().MqlThreshold;

        var scores = Demo.Value.Descendants().Single(e => (string?)e.Attribute("id") == "top-mqls").Descendants().Where(e => e.Name.LocalName == "tr").Skip(1)
            .Select(r => int.Parse(r.Elements().ElementAt(1).Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();

        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.True(s >= threshold, s + " is below the threshold " + threshold));
    }

    [Fact]
    public void DemoReport_Header_SaysSourceRangePeriodZoneCohortAndGenerationTime()
    {
        var facts = Demo.Value.Descendants().Where(e => e.Name.LocalName == "dt").Select(e => e.Value).ToList();

        Assert.Equal(new[] { "Source", "Date range (cohorts)", "Period", "Time zone", "Cohort", "Data up to", "Generated" }, facts.Take(7));
        Assert.Contains(Demo.Value.Descendants(), e => e.Name.LocalName == "dd" && e.Value == "2026-03-01 09:00 UTC");
    }

    [Fact]
    public void Report_LangDe_WritesTheSolutionsGermanStageNamesAndGermanFigures()
    {
        var file = CliRun.TempFile("transitions.csv", "lead_id,stage,entered_on\na,Known,2026-01-05\na,Engaged,2026-01-07\nb,Known,2026-01-06\nc,Known,2026-02-01\nc,Engaged,2026-02-03\n");
        var html = Path.Combine(Path.GetDirectoryName(file)!, "report.html");

        var run = CliRun.Of("report", "--transitions", file, "--format", "html", "--out", html, "--lang", "de");

        Assert.Equal(0, run.ExitCode);
        var page = Page(html);
        Assert.Equal("de", (string?)page.Root!.Attribute("lang"));
        var text = page.Root.Value;
        Assert.Contains("Bekannt", text);
        Assert.Contains("Engagiert", text);
        Assert.Contains("66,7 % zur nächsten Phase", text);
        Assert.Contains("Glossar", text);
        Assert.DoesNotContain("Known", text);
    }

    [Fact]
    public void Report_DayPeriodsOverMoreThanAYear_GroupsThemIntoAtMostSixtyPoints()
    {
        var rows = new StringBuilder("lead_id,stage,entered_on\n");
        for (var day = 0; day < 400; day++)
        {
            var date = new DateTime(2025, 1, 1).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows.Append("l").Append(day).Append(",Known,").Append(date).Append('\n').Append('l').Append(day).Append(",Engaged,").Append(date).Append('\n');
        }

        var file = CliRun.TempFile("transitions.csv", rows.ToString());
        var html = Path.Combine(Path.GetDirectoryName(file)!, "report.html");

        var run = CliRun.Of("report", "--transitions", file, "--format", "html", "--out", html, "--period", "day");

        Assert.Equal(0, run.ExitCode);
        var chart = Page(html).Descendants().Single(e => (string?)e.Attribute("id") == "conversion-known-chart");
        var markers = chart.Descendants().Count(e => (string?)e.Attribute("class") == "marker");
        Assert.InRange(markers, 2, 60);
        Assert.Contains("Each point groups 7 day periods", File.ReadAllText(html));
    }

    private static XDocument Page(string path) => XDocument.Parse(File.ReadAllText(path).Replace("<!DOCTYPE html>", ""));
}
