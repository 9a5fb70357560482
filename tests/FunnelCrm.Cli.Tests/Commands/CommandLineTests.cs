using System.IO;
using System.Linq;

namespace FunnelCrm.Cli.Tests.Commands;

public class CommandLineTests
{
    [Fact]
    public void Version_PrintsTheToolVersion()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Output.StartsWith("1.0.0", System.StringComparison.Ordinal), "printed: '" + run.Output + "' / '" + run.Error + "'");
    }

    [Fact]
    public void NoCommand_ExitsWithTwoAndPointsToHelp()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("see --help", run.Error);
        Assert.Contains("give a command: demo, report", run.Error);
    }

    [Fact]
    public void MisspelledCommand_SuggestsTheNearestCommandOnOneLine()
    {
        var run = CliRun.Of("reprot", "--transitions", "t.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: 'reprot' is not a command; did you mean 'report'? Commands: demo, report, score, plan, model, pack, verify, serve, org. (see --help)", run.Error.Trim());
    }

    [Fact]
    public void Help_Root_ListsEveryCommand()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "demo", "report", "score", "plan", "model", "pack", "verify" })
        {
            Assert.Contains("  " + command, run.Output);
        }
    }

    [Theory]
    [InlineData("model show")]
    [InlineData("model validate")]
    [InlineData("model init")]
    [InlineData("score")]
    public void Help_SubCommands_ShowAnExample(string command)
    {
        var run = CliRun.Of((command + " --help").Split(' '));

        Assert.Equal(0, run.ExitCode);
        var text = string.Join(" ", run.Output.Split(new[] { ' ', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Example: funnelcrm " + command + " ", text);
    }

    [Fact]
    public void UnknownOption_ExitsWithTwoAndOneLine()
    {
        var run = CliRun.Of("report", "--transitions", "x.csv", "--colour", "red");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("--colour", run.Error);
    }

    [Theory]
    [InlineData("--leads: 'abc' is not a whole number (e.g. --leads 10).", "demo", "--leads", "abc")]
    [InlineData("--leads must be between 1 and 200000 (found 0).", "demo", "--leads", "0")]
    [InlineData("--months: '1.5' is not a whole number (e.g. --months 10).", "demo", "--months", "1.5")]
    [InlineData("--target-wins: '2.5' is not a whole number (e.g. --target-wins 10).", "plan", "--target-wins", "2.5", "--rates", "r.csv")]
    [InlineData("--min-cohort must be 1 or more (found -1).", "report", "--transitions", "t.csv", "--min-cohort", "-1")]
    [InlineData("--top must be 1 or more (found 0).", "score", "--activities", "a.csv", "--top", "0")]
    [InlineData("--culture: 'fr-FR' is not a culture funnelcrm reads (invariant or de-DE).", "report", "--transitions", "t.csv", "--culture", "fr-FR")]
    [InlineData("--encoding: 'ebcdic' is not an encoding funnelcrm reads (utf-8, windows-1252, iso-8859-1, utf-16).", "report", "--transitions", "t.csv", "--encoding", "ebcdic")]
    [InlineData("--period: Argument 'year' not recognized. Must be one of: 'day' 'week' 'month' 'quarter'", "report", "--transitions", "t.csv", "--period", "year")]
    [InlineData("--delimiter: ':' is not a delimiter funnelcrm reads (',', ';', '|' or tab).", "report", "--transitions", "t.csv", "--delimiter", ":")]
    public void Options_WithAWrongValue_NameTheOptionInOneLineWithoutTypeNames(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("funnelcrm: " + expected + " (see --help)", run.Error.Trim());
        Assert.DoesNotContain("System.", run.Error);
    }

    [Fact]
    public void Culture_FromTheEnvironment_IsUsedAndAWrongOneIsNamed()
    {
        var run = CliRun.With(new System.Collections.Generic.Dictionary<string, string> { ["FUNNELCRM_CULTURE"] = "xx" }, "model", "show");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("FUNNELCRM_CULTURE: 'xx' is not a culture funnelcrm reads", run.Error);
    }

    [Fact]
    public void Report_BadInputWithOut_LeavesTheExistingFileUntouched()
    {
        var file = CliRun.TempFile("bad.csv", "lead_id,stage,entered_on\na,Known,2026-13-01\n");
        var target = Path.Combine(Path.GetDirectoryName(file)!, "funnel.json");
        File.WriteAllText(target, "previous report");

        var run = CliRun.Of("report", "--transitions", file, "--format", "json", "--out", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("previous report", File.ReadAllText(target));
        Assert.Equal(2, Directory.GetFiles(Path.GetDirectoryName(file)!).Length);
    }

    [Theory]
    [InlineData("report", "--transitions")]
    [InlineData("score", "--activities")]
    public void Input_BinaryJunk_IsRefusedInOneLineWithoutEchoingIt(string command, string option)
    {
        var junk = Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray();
        var file = CliRun.TempFile("junk.bin", junk);

        var run = CliRun.Of(command, option, file);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain(run.Error.Trim(), c => char.IsControl(c) || c == '\uFFFD');
    }
}
