using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace FunnelCrm.Cli.Tests.Commands;

public class DemoCommandTests
{
    [Fact]
    public void Demo_SmallRun_ShowsTheFunnelAndWritesAWellFormedReportWithItsCharts()
    {
        var folder = CliRun.TempFolder();

        var run = CliRun.Of("demo", "--leads", "80", "--months", "6", "--seed", "3", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Bottleneck:", run.Output);
        Assert.Contains("Service calls per scored activity: 3.00", run.Output);
        var page = XDocument.Parse(File.ReadAllText(Path.Combine(folder, "funnel-report.html")).Replace("<!DOCTYPE html>", ""));
        var charts = page.Descendants().Where(e => e.Name.LocalName == "svg").Select(e => (string?)e.Attribute("id")).ToList();
        Assert.Equal(new[] { "funnel-chart", "exits-chart", "conversion-known-chart", "conversion-engaged-chart", "conversion-mql-chart", "conversion-sal-chart", "conversion-sql-chart",
            "conversion-opportunity-chart", "velocity-chart", "score-chart" }, charts.Take(10));
    }

    [Fact]
    public void Demo_SameSeed_GivesTheSameOutput()
    {
        var folder = CliRun.TempFolder();

        var first = CliRun.Of("demo", "--leads", "40", "--months", "3", "--seed", "9", "--out", folder);
        var second = CliRun.Of("demo", "--leads", "40", "--months", "3", "--seed", "9", "--out", folder);

        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Demo_GermanCulture_PrintsGermanFigures()
    {
        var run = CliRun.Of("demo", "--leads", "40", "--months", "3", "--seed", "9", "--out", CliRun.TempFolder(), "--culture", "de-DE");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Service calls per scored activity: 3,00", run.Output);
        Assert.Matches(@"Known +40 +\d+,\d %", run.Output);
    }

    [Theory]
    [InlineData("--out")]
    [InlineData("--export")]
    public void Demo_OutputNamingAFile_IsRefusedBeforeSimulating(string option)
    {
        var file = CliRun.TempFile("report.html", "mine");

        var run = CliRun.Of("demo", "--leads", "40", option, file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: " + option + ": " + file + " is a file; give a folder (" + (option == "--out" ? "funnel-report.html" : "the CSV files") + " goes into it).", run.Error.Trim());
        Assert.Equal("", run.Output);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void Demo_HelpExample_WorksAsWrittenAndItsExportFeedsReportScoreAndPlan()
    {
        var help = CliRun.Of("demo", "--help").Output;
        var example = help.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("funnelcrm demo ", System.StringComparison.Ordinal));
        var workspace = CliRun.TempFolder();
        var args = example.Split(' ').Skip(1).Select(a => a is "reports" or "data" ? Path.Combine(workspace, a) : a).ToArray();
        var data = Path.Combine(workspace, "data");

        var demo = CliRun.Of(args);
        var report = CliRun.Of("report", "--transitions", Path.Combine(data, "transitions.csv"), "--format", "json");
        var score = CliRun.Of("score", "--activities", Path.Combine(data, "activities.csv"), "--leads", Path.Combine(data, "leads.csv"), "--outcomes", Path.Combine(data, "outcomes.csv"), "--top", "3");
        var plan = CliRun.Of("plan", "--target-wins", "20", "--transitions", Path.Combine(data, "transitions.csv"), "--by", "2027-06-30");

        Assert.Equal(0, demo.ExitCode);
        Assert.True(File.Exists(Path.Combine(workspace, "reports", "funnel-report.html")));
        Assert.Contains("Exported to " + data + ": transitions.csv (", demo.Output);
        Assert.Equal(0, report.ExitCode);
        using var json = JsonDocument.Parse(report.Output);
        var leads = int.Parse(args[System.Array.IndexOf(args, "--leads") + 1]);
        Assert.Equal(leads, json.RootElement.GetProperty("stages")[0].GetProperty("volume").GetInt32());
        Assert.Contains(demo.Output.Split('\n').First(l => l.TrimStart().StartsWith("Known")).Trim(), ReportTableOf(Path.Combine(data, "transitions.csv")));
        Assert.Equal(0, score.ExitCode);
        Assert.Contains("activities of " + leads.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " leads", score.Output);
        Assert.Contains("Thresholds against outcomes", score.Output);
        Assert.Equal(0, plan.ExitCode);
        Assert.Contains("To win 20 deals by 2027-06-30", plan.Output);
    }

    private static string ReportTableOf(string transitions) => CliRun.Of("report", "--transitions", transitions).Output;
}
