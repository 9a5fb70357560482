using System.IO;
using System.Linq;
using System.Text.Json;

namespace FunnelCrm.Cli.Tests.Commands;

public class ReportCommandTests
{
    private const string Transitions =
        "lead_id,stage,entered_on,ignored\n" +
        "a,Known,2026-01-05,x\n" +
        "a,MQL,2026-01-10T10:00:00+01:00,x\n" +
        "a,sal,2026-01-12,x\n" +
        "b,Known,2026-01-06,x\n" +
        "b,Known,2026-01-06,x\n" +
        "c,Known,2026-02-01,x\n" +
        "c,MQL,2026-02-03,x\n";

    [Fact]
    public void Report_Json_HasStagesWithVolumeConversionVelocityAndABottleneck()
    {
        var file = CliRun.TempFile("transitions.csv", Transitions);

        var run = CliRun.Of("report", "--transitions", file, "--format", "json", "--min-cohort", "1");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var stages = json.RootElement.GetProperty("stages");
        var known = stages[0];
        Assert.Equal("Known", known.GetProperty("stage").GetString());
        Assert.Equal(3, known.GetProperty("volume").GetInt32());
        Assert.Equal(2.0 / 3, known.GetProperty("conversion").GetDouble(), 6);
        var mql = stages[2];
        Assert.Equal(2, mql.GetProperty("volume").GetInt32());
        Assert.Equal(0.5, mql.GetProperty("conversion").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, stages[6].GetProperty("conversion").ValueKind);
        Assert.True(mql.GetProperty("velocity_days_mean").GetDouble() > 1.5);
        Assert.Equal("SAL", json.RootElement.GetProperty("bottleneck").GetProperty("stage").GetString());
    }

    [Fact]
    public void Report_BadDate_NamesFileLineAndColumnAndExitsWithTwo()
    {
        var file = CliRun.TempFile("bad.csv", "lead_id,stage,entered_on\na,Known,2026-01-05\nb,MQL,yesterday\n");

        var run = CliRun.Of("report", "--transitions", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.csv, line 3, column 3 (entered_on)", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Report_SkipInvalid_ContinuesAndSaysHowManyRowsWereSkippedAndWhy()
    {
        var file = CliRun.TempFile("mixed.csv", "lead_id,stage,entered_on\na,Known,2026-01-05\nb,Customer,2026-01-05\nc,Known,soon\n");

        var run = CliRun.Of("report", "--transitions", file, "--skip-invalid");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Known", run.Output);
        Assert.Contains("Skipped 2 of 3 rows of mixed.csv", run.Error);
        Assert.Contains("unknown stage (1)", run.Error);
        Assert.Contains("bad date (1)", run.Error);
    }

    [Fact]
    public void Report_HeaderWithoutStage_IsRefused()
    {
        var file = CliRun.TempFile("header.csv", "lead_id,entered_on\na,2026-01-05\n");

        var run = CliRun.Of("report", "--transitions", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the header lacks stage", run.Error);
    }

    [Fact]
    public void Report_HtmlToFile_WritesAWellFormedPageWithCharts()
    {
        var file = CliRun.TempFile("transitions.csv", Transitions);
        var html = Path.Combine(Path.GetDirectoryName(file)!, "report.html");

        var run = CliRun.Of("report", "--transitions", file, "--format", "html", "--out", html);

        Assert.Equal(0, run.ExitCode);
        var page = System.Xml.Linq.XDocument.Parse(File.ReadAllText(html).Replace("<!DOCTYPE html>", ""));
        Assert.Contains(page.Descendants(), e => e.Name.LocalName == "svg" && (string?)e.Attribute("id") == "funnel-chart");
    }

    [Fact]
    public void Report_MissingFile_IsRefused()
    {
        var run = CliRun.Of("report", "--transitions", "/nonexistent/transitions.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file not found", run.Error);
    }

    [Fact]
    public void Report_FromTo_KeepsOnlyTheCohortsInTheRange()
    {
        var file = CliRun.TempFile("transitions.csv", Transitions);

        var run = CliRun.Of("report", "--transitions", file, "--format", "json", "--from", "2026-02-01", "--to", "2026-03-01");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("stages")[0].GetProperty("volume").GetInt32());
    }

    [Fact]
    public void Report_BadFromDate_NamesTheOption()
    {
        var file = CliRun.TempFile("transitions.csv", Transitions);

        var run = CliRun.Of("report", "--transitions", file, "--from", "01.02.2026");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("funnelcrm: --from: '01.02.2026' is not a date (e.g. 2026-03-02", run.Error);
        Assert.Contains("pass --culture de-DE for 02.03.2026", run.Error);
    }

    [Fact]
    public void Report_RowsInAnotherOrder_GiveTheSameJson()
    {
        var lines = Transitions.TrimEnd('\n').Split('\n');
        var sorted = CliRun.TempFile("sorted.csv", Transitions);
        var shuffled = CliRun.TempFile("shuffled.csv", lines[0] + "\n" + string.Join("\n", lines.Skip(1).Reverse()) + "\n");

        var first = CliRun.Of("report", "--transitions", sorted, "--format", "json");
        var second = CliRun.Of("report", "--transitions", shuffled, "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Report_Json_NoStageWithTheMinimumCohort_KeepsTheBottleneckObjectWithNulls()
    {
        var file = CliRun.TempFile("transitions.csv", Transitions);

        var run = CliRun.Of("report", "--transitions", file, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var bottleneck = json.RootElement.GetProperty("bottleneck");
        Assert.Equal(JsonValueKind.Null, bottleneck.GetProperty("stage").ValueKind);
        Assert.Equal(JsonValueKind.Null, bottleneck.GetProperty("conversion").ValueKind);
    }

    [Fact]
    public void Report_OutNamingItsOwnInput_IsRefusedNamingBothAndLeavesTheInput()
    {
        var file = CliRun.TempFile("t.csv", Transitions);

        var run = CliRun.Of("report", "--transitions", file, "--out", Path.Combine(Path.GetDirectoryName(file)!, ".", "t.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out names the same file as --transitions", run.Error);
        Assert.Equal(Transitions, File.ReadAllText(file));
    }

    [Fact]
    public void Report_HeaderOnly_WarnsOnStderrAndTheJsonSaysWhyItIsEmpty()
    {
        var file = CliRun.TempFile("header.csv", "lead_id,stage,entered_on\n");

        var run = CliRun.Of("report", "--transitions", file, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("funnelcrm: warning: header.csv has no transitions (only a header): the report is empty.", run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("header.csv has no transitions (only a header): the report is empty.", json.RootElement.GetProperty("warnings")[0].GetString());
    }

    [Fact]
    public void Report_RangeWithoutCohorts_WarnsNamingTheFilesRangeAndTheTableSaysSo()
    {
        var file = CliRun.TempFile("transitions.csv", Transitions);

        var run = CliRun.Of("report", "--transitions", file, "--from", "2027-01-01", "--to", "2027-02-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Note: no lead entered a stage from 2027-01-01T00:00:00Z to before 2027-02-01T00:00:00Z (transitions.csv runs from 2026-01-05T00:00:00Z to 2026-02-03T00:00:00Z)", run.Output);
        Assert.Contains("warning: no lead entered a stage", run.Error);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-02-01")]
    [InlineData("2026-03-01", "2026-03-01")]
    public void Report_FromNotBeforeTo_IsRefused(string from, string to)
    {
        var file = CliRun.TempFile("transitions.csv", Transitions);

        var run = CliRun.Of("report", "--transitions", file, "--from", from, "--to", to);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: --from (" + from + ") must be before --to (" + to + ").", run.Error.Trim());
    }

    [Fact]
    public void Report_EnteredOnInYearOne_IsBadInputAndSkippedAsOutOfRange()
    {
        var file = CliRun.TempFile("old.csv", "lead_id,stage,entered_on\na,Known,2026-01-05\nb,Known,0001-01-01\n");

        var refused = CliRun.Of("report", "--transitions", file);
        var skipped = CliRun.Of("report", "--transitions", file, "--skip-invalid");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("old.csv, line 3, column 3 (entered_on): '0001-01-01' is outside the years 1900 to 2200.", refused.Error);
        Assert.Equal(0, skipped.ExitCode);
        Assert.Contains("date out of range (1)", skipped.Error);
    }

    [Fact]
    public void Report_GermanExcelExport_IsReadWithCultureGermanStageLabelsAndFiguresPrintInGerman()
    {
        var file = CliRun.TempFile("export.csv", "Lead_ID;Stage;Entered_On\na;Bekannt;05.01.2026\na;MQL;10.01.2026 10:00\nb;Bekannt;06.01.2026\nc;Known;01.02.2026\nc;MQL;03.02.2026\nd;Known;02.02.2026\n");

        var german = CliRun.Of("report", "--transitions", file, "--culture", "de-DE", "--min-cohort", "1");
        var invariant = CliRun.Of("report", "--transitions", file);

        Assert.Equal(0, german.ExitCode);
        Assert.Contains("50,0 %", german.Output);
        Assert.Equal(2, invariant.ExitCode);
        Assert.Contains("'05.01.2026' is not a date", invariant.Error);
    }

    [Fact]
    public void Report_HtmlInGerman_WritesGermanFigures()
    {
        var file = CliRun.TempFile("transitions.csv", Transitions);
        var html = Path.Combine(Path.GetDirectoryName(file)!, "report.html");

        var run = CliRun.With(new System.Collections.Generic.Dictionary<string, string> { ["FUNNELCRM_CULTURE"] = "de-DE" }, "report", "--transitions", file, "--format", "html", "--out", html);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<td>66,7 %</td>", File.ReadAllText(html));
    }

    [Fact]
    public void Report_FolderAsInput_IsRefusedAsAFolder()
    {
        var folder = CliRun.TempFolder();

        var run = CliRun.Of("report", "--transitions", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: " + folder + ": is a folder, not a file; give the CSV file.", run.Error.Trim());
    }

    [Fact]
    public void Report_OutInAMissingFolder_CreatesTheFolder()
    {
        var file = CliRun.TempFile("transitions.csv", Transitions);
        var target = Path.Combine(Path.GetDirectoryName(file)!, "reports", "funnel.json");

        var run = CliRun.Of("report", "--transitions", file, "--format", "json", "--out", target);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(target));
    }

    [Fact]
    public void Report_OutNamingAFolder_IsRefusedBeforeReading()
    {
        var folder = CliRun.TempFolder();

        var run = CliRun.Of("report", "--transitions", "/nonexistent/transitions.csv", "--out", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: --out: " + folder + " is a folder; give a file name in it.", run.Error.Trim());
    }
}
