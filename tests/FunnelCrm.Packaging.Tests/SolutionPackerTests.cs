using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Plugins.Scoring;

namespace FunnelCrm.Packaging.Tests;

public class SolutionPackerTests
{
    private static readonly string Configuration =
        typeof(SolutionPackerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    private static Deployable Plugins() => new Deployable(
        Path.Combine(RepositoryPaths.Root, "Plugins", "FunnelCrm.Plugins", "bin", Configuration, "net462", "FunnelCrm.Plugins.dll"),
        typeof(ActivityScoringPlugin).Assembly);

    private static string CopyOfSolution()
    {
        var folder = Path.Combine(Path.GetTempPath(), "funnelcrm-pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Solution))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    [Fact]
    public void Pack_RealSolution_CarriesEveryDeclaredStepExactlyAsDeclared()
    {
        var (_, customizations, _) = SolutionPacker.Build(RepositoryPaths.Solution, RepositoryPaths.CustomizationSchemas, new[] { Plugins() }, new Version(1, 0, 0, 0));

        var steps = customizations.Root!.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").ToDictionary(s => s.Attribute("SdkMessageProcessingStepId")!.Value.Trim('{', '}'));
        var declared = typeof(ActivityScoringPlugin).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<PluginStepAttribute>(false).Select(s => (Type: t, Step: s))).ToList();
        Assert.Equal(declared.Count, steps.Count);
        foreach (var (type, step) in declared)
        {
            var xml = steps[step.Id];
            Assert.Equal(step.Table, xml.Element("PrimaryEntity")!.Value);
            Assert.Equal(((int)step.Stage).ToString(), xml.Element("Stage")!.Value);
            Assert.Equal(((int)step.Mode).ToString(), xml.Element("Mode")!.Value);
            Assert.Equal(step.Rank.ToString(), xml.Element("Rank")!.Value);
            Assert.Equal(string.Join(",", step.FilteringAttributes), xml.Element("FilteringAttributes")!.Value);
            Assert.StartsWith(type.FullName + ", FunnelCrm.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=", xml.Element("PluginTypeName")!.Value);
            var images = type.GetCustomAttributes<StepImageAttribute>(false).Where(i => i.StepId == step.Id).ToList();
            var xmlImages = xml.Descendants("SdkMessageProcessingStepImage").ToList();
            Assert.Equal(images.Select(i => i.Alias + "|" + (int)i.ImageType + "|" + string.Join(",", i.Attributes)),
                xmlImages.Select(i => i.Element("EntityAlias")!.Value + "|" + i.Element("ImageType")!.Value + "|" + i.Element("Attributes")!.Value));
        }
    }

    [Fact]
    public void Pack_RealSolution_WritesAZipWithTheThreeRootFilesTheAssemblyAndRootComponents()
    {
        var zipPath = Path.Combine(Path.GetTempPath(), "FunnelCrm_" + Guid.NewGuid().ToString("N") + ".zip");

        SolutionPacker.Pack(RepositoryPaths.Solution, RepositoryPaths.CustomizationSchemas, new[] { Plugins() }, new Version(1, 0, 3, 0), zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("solution.xml", entries);
        Assert.Contains("customizations.xml", entries);
        Assert.Contains("[Content_Types].xml", entries);
        Assert.DoesNotContain(entries, e => e.Contains('\\') || e.EndsWith("/", StringComparison.Ordinal) || e.EndsWith("README.md", StringComparison.Ordinal));
        var customizations = XDocument.Load(zip.GetEntry("customizations.xml")!.Open());
        var fileName = customizations.Descendants("PluginAssembly").Single().Element("FileName")!.Value;
        Assert.Contains(fileName.TrimStart('/'), entries);
        var solution = XDocument.Load(zip.GetEntry("solution.xml")!.Open());
        Assert.Equal("1.0.3.0", solution.Descendants("Version").First().Value);
        var roots = solution.Descendants("RootComponent").ToList();
        Assert.Single(roots, r => (string?)r.Attribute("type") == "91");
        Assert.Equal(customizations.Descendants("SdkMessageProcessingStep").Count(), roots.Count(r => (string?)r.Attribute("type") == "92"));
    }

    [Fact]
    public void Pack_CustomizationsThatBreakTheSchema_AreRefusedWithTheLineAndNothingIsWritten()
    {
        var solution = CopyOfSolution();
        var path = Path.Combine(solution, "customizations.xml");
        var xml = XDocument.Load(path);
        xml.Root!.Element("Entities")!.AddFirst(new XElement("Bogus"));
        xml.Save(path);
        var zipPath = Path.Combine(solution, "out.zip");

        var refusal = Assert.Throws<PackagingException>(() =>
            SolutionPacker.Pack(solution, RepositoryPaths.CustomizationSchemas, new[] { Plugins() }, new Version(1, 0, 0, 0), zipPath));

        Assert.Contains(refusal.Problems, p => p.StartsWith("customizations.xml line", StringComparison.Ordinal) && p.Contains("Bogus"));
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public void Pack_MissingAssembly_IsRefusedWithWhatToDo()
    {
        var refusal = Assert.Throws<PackagingException>(() =>
            SolutionPacker.Build(RepositoryPaths.Solution, RepositoryPaths.CustomizationSchemas, new[] { new Deployable("/nowhere/FunnelCrm.Plugins.dll", typeof(ActivityScoringPlugin).Assembly) }, new Version(1, 0, 0, 0)));

        Assert.Contains("build the deployables first", refusal.Message);
    }

    [Fact]
    public void Pack_StepOnAColumnTheTableLacks_IsRefusedNamingTheStep()
    {
        var refusal = Assert.Throws<PackagingException>(() =>
            SolutionPacker.Build(RepositoryPaths.Solution, RepositoryPaths.CustomizationSchemas, new[] { new Deployable(Plugins().Net462Path, typeof(SolutionPackerTests).Assembly) }, new Version(1, 0, 0, 0)));

        Assert.Contains(refusal.Problems, p => p.Contains("BrokenStepPlugin step Update of lead: the column 'fcm_nosuchcolumn' does not exist on lead."));
        Assert.Contains(refusal.Problems, p => p.Contains("BrokenStepPlugin step Update of lead") && p.Contains("asynchronous", StringComparison.OrdinalIgnoreCase));
    }
}
