using System;
using System.IO;

namespace FunnelCrm.Cli.Tests.Commands;

public class VerifyCommandTests
{
    [Fact]
    public void Verify_SolutionWithoutItsManifest_PrintsTheDisagreementAndExitsWithOne()
    {
        var solution = CopyOfTheSolution();
        File.Delete(Path.Combine(solution, "Other", "Solution.xml"));

        var run = CliRun.Of("verify", "--no-build", "--solution", solution);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Other/Solution.xml: it is missing", run.Output);
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
        var source = Path.Combine(root.FullName, "Solution");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Delete(Path.Combine(copy, "placeholder.txt"));
        return copy;
    }
}
