using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.Cli.Tests.Commands;

public class DemoCommandTests
{
    [Fact]
    public void Demo_SmallRun_ShowsTheFunnelAndWritesAWellFormedReportWithItsCharts()
    {
        var folder = Path.GetDirectoryName(CliRun.TempFile("placeholder.txt", ""))!;

        var run = CliRun.Of("demo", "--leads", "80", "--months", "6", "--seed", "3", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Bottleneck:", run.Output);
        Assert.Contains("Service calls per scored activity: 3.00", run.Output);
        var page = XDocument.Parse(File.ReadAllText(Path.Combine(folder, "funnel-report.html")).Replace("<!DOCTYPE html>", ""));
        var charts = page.Descendants().Where(e => e.Name.LocalName == "svg").Select(e => (string?)e.Attribute("id")).ToList();
        Assert.Equal(new[] { "funnel-chart", "conversion-chart", "velocity-chart", "score-chart" }, charts);
    }

    [Fact]
    public void Demo_SameSeed_GivesTheSameOutput()
    {
        var folder = Path.GetDirectoryName(CliRun.TempFile("placeholder.txt", ""))!;

        var first = CliRun.Of("demo", "--leads", "40", "--months", "3", "--seed", "9", "--out", folder);
        var second = CliRun.Of("demo", "--leads", "40", "--months", "3", "--seed", "9", "--out", folder);

        Assert.Equal(first.Output, second.Output);
    }
}
