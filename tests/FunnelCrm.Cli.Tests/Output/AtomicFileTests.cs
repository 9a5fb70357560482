using System;
using System.IO;
using FunnelCrm.Cli.Output;

namespace FunnelCrm.Cli.Tests.Output;

public class AtomicFileTests
{
    [Fact]
    public void Write_FailingHalfway_LeavesTheOldFileAndNoTemporaryFile()
    {
        var path = CliRun.TempFile("report.json", "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, writer =>
        {
            writer.Write("half");
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Write_Succeeding_ReplacesTheFile()
    {
        var path = CliRun.TempFile("report.json", "old");

        AtomicFile.Write(path, writer => writer.Write("new"));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
