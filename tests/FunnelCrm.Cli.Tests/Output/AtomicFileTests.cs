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

    [Fact]
    public void Write_MissingFolder_IsCreated()
    {
        var path = Path.Combine(CliRun.TempFolder(), "reports", "2026", "report.json");

        AtomicFile.Write(path, writer => writer.Write("new"));

        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void Write_PathOfAFolder_IsRefusedNamingTheOption()
    {
        var folder = CliRun.TempFolder();

        var refusal = Assert.Throws<CliException>(() => AtomicFile.Write(folder, writer => writer.Write("new")));

        Assert.Equal("--out: " + folder + " is a folder; give a file name in it.", refusal.Message);
    }

    [Fact]
    public void Write_FolderOnThePathIsAFile_IsRefusedWithoutTheSystemsText()
    {
        var blocker = CliRun.TempFile("blocker", "a file");

        var refusal = Assert.Throws<CliException>(() => AtomicFile.Write(Path.Combine(blocker, "report.json"), writer => writer.Write("new")));

        Assert.Equal("--out: " + blocker + " is a file, not a folder.", refusal.Message);
    }
}
