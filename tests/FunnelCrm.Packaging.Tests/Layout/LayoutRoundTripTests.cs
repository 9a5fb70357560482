using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Packaging.Tests.Support;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Packaging.Tests.Layout;

public class LayoutRoundTripTests
{
    [Fact]
    public void Split_PackedZip_GivesTheCommittedLayoutByteForByte()
    {
        var packed = SolutionPacker.Pack(PackInputs.Real());
        Assert.True(packed.Succeeded, string.Join(Environment.NewLine, packed.Failures.Take(20)));
        using var zip = ZipFile.OpenRead(packed.ZipPath!);
        var others = zip.Entries.Where(e => e.FullName is not ("customizations.xml" or "solution.xml" or "[Content_Types].xml")).ToDictionary(e => e.FullName, Bytes);

        var files = SolutionSplitter.Split(XDocument.Load(zip.GetEntry("solution.xml")!.Open()), XDocument.Load(zip.GetEntry("customizations.xml")!.Open()), others);

        var split = PackInputs.FreshFolder();
        SolutionSplitter.Write(split, files);
        var committed = new FolderFiles(RepositoryPaths.Solution).Paths.Where(p => p.Contains('/')).ToHashSet();
        var written = files.ToDictionary(f => f.Path, f => f.Content);
        var differing = committed.Union(written.Keys).Where(p => !committed.Contains(p) || !written.TryGetValue(p, out var content)
            || !File.ReadAllBytes(Path.Combine(RepositoryPaths.Solution, p)).SequenceEqual(content)).OrderBy(p => p, LayoutPaths.Order).ToList();
        Assert.True(differing.Count == 0, "Solution/ differs from what the splitter writes for " + string.Join(", ", differing) + "; compare with the split in " + split + ".");
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
