using System.IO;

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
}
