using System;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Output;
using FunnelCrm.Cli.Tests.Support;
using FunnelCrm.Packaging;

namespace FunnelCrm.Cli.Tests.Output;

public class SolutionZipTests
{
    [Fact]
    public void Write_OutNamingAnotherFile_WritesOnlyThatNameAndLeavesTheReleaseZipBesideIt()
    {
        var folder = CliRun.TempFolder();
        var release = Path.Combine(folder, "FunnelCrm_1_0_0_0.zip");
        File.WriteAllText(release, "the earlier release");

        var zip = SolutionZip.Write(new PackOptions(Repository.Solution, null, Repository.Deployables) { Version = new Version(1, 0, 0, 0) }, Path.Combine(folder, "custom.zip"));

        Assert.Equal(Path.Combine(folder, "custom.zip"), zip);
        Assert.Equal("the earlier release", File.ReadAllText(release));
        Assert.Equal(new[] { "FunnelCrm_1_0_0_0.zip", "custom.zip" }, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        using var archive = System.IO.Compression.ZipFile.OpenRead(zip);
        Assert.Contains(archive.Entries, e => e.FullName == "customizations.xml");
    }

    [Fact]
    public void Write_BrokenSolution_WritesNothingAndLeavesNoStagingFolder()
    {
        var folder = CliRun.TempFolder();

        var refusal = Assert.Throws<CliException>(() => SolutionZip.Write(new PackOptions(CliRun.TempFolder(), null, Repository.Deployables), Path.Combine(folder, "custom.zip")));

        Assert.StartsWith("nothing written: ", refusal.Message);
        Assert.DoesNotContain("\n", refusal.Message);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }
}
