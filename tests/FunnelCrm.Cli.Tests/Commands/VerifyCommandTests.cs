using System;
using System.IO;

namespace FunnelCrm.Cli.Tests.Commands;

public class VerifyCommandTests
{
    [Fact]
    public void Verify_SolutionWithoutContentTypes_PrintsTheDisagreementAndExitsWithOne()
    {
        var solution = CopyOfTheSolution();
        File.Delete(Path.Combine(solution, "[Content_Types].xml"));

        var run = CliRun.Of("verify", "--no-build", "--solution", solution);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[Content_Types].xml", run.Output);
        Assert.Matches(@"\d+ disagreements?\.", run.Output);
    }

    [Fact]
    public void Verify_Help_ShowsAnExample()
    {
        var run = CliRun.Of("verify", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("funnelcrm verify --no-build", run.Output);
    }

    private static string CopyOfTheSolution()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "FunnelCrm.sln")))
        {
            root = root.Parent!;
        }

        var copy = Path.GetDirectoryName(CliRun.TempFile("placeholder.txt", ""))!;
        foreach (var file in Directory.GetFiles(Path.Combine(root.FullName, "Solution")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        File.Delete(Path.Combine(copy, "placeholder.txt"));
        return copy;
    }
}
