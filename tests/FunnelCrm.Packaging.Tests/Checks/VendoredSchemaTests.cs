using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Packaging.Checks;
using FunnelCrm.Packaging.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Checks;

/// <summary>Microsoft's schemas in the repository and in the packer are the files Microsoft published, byte for byte.</summary>
public class VendoredSchemaTests
{
    private static readonly string Folder = RepositoryPaths.CustomizationSchemas;

    public static TheoryData<string> Files => new TheoryData<string>(CustomizationSchemas.Vendored);

    [Theory]
    [MemberData(nameof(Files))]
    public void VendoredSchema_InTheRepository_HasItsRecordedSha256(string file)
    {
        var recorded = RecordedSha256(file);

        var actual = Sha256(File.ReadAllBytes(Path.Combine(Folder, file)));

        Assert.Equal(recorded, actual);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void VendoredSchema_EmbeddedInThePacker_HasItsRecordedSha256(string file)
    {
        var recorded = RecordedSha256(file);
        using var stream = CustomizationSchemas.OpenEmbedded(file);
        Assert.NotNull(stream);
        using var bytes = new MemoryStream();
        stream!.CopyTo(bytes);

        var actual = Sha256(bytes.ToArray());

        Assert.Equal(recorded, actual);
    }

    [Fact]
    public void VendoredSchemas_FolderAndRecord_ListTheSameFiles()
    {
        var onDisk = Directory.GetFiles(Folder, "*.xsd").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal);
        var recorded = Sums().Select(s => s.File).OrderBy(f => f, StringComparer.Ordinal);

        Assert.Equal(CustomizationSchemas.Vendored.OrderBy(f => f, StringComparer.Ordinal), onDisk);
        Assert.Equal(CustomizationSchemas.Vendored.OrderBy(f => f, StringComparer.Ordinal), recorded);
    }

    [Fact]
    public void Pack_WithSchemasFolderOption_ChecksAgainstThatFolder()
    {
        var copy = PackInputs.FreshFolder();
        foreach (var file in CustomizationSchemas.Required.Where(f => f != "FormXml.xsd"))
        {
            File.Copy(Path.Combine(Folder, file), Path.Combine(copy, file));
        }

        var failures = SolutionVerifier.Verify(new PackOptions(RepositoryPaths.Solution, copy, PackInputs.Deployables));

        Assert.Contains(failures, f => f.Component == "--schemas " + copy && f.Problem.Contains("FormXml.xsd missing"));
    }

    private static string RecordedSha256(string file) => Sums().Single(s => s.File == file).Sha256;

    private static (string Sha256, string File)[] Sums() =>
        File.ReadAllLines(Path.Combine(Folder, "SHA256SUMS"))
            .Where(l => l.Length > 0)
            .Select(l => (l.Substring(0, 64), l.Substring(66)))
            .ToArray();

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
