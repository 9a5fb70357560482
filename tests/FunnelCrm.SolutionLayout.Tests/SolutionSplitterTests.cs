using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using FunnelCrm.Crm.Tests.Support;

namespace FunnelCrm.SolutionLayout.Tests;

public class SolutionSplitterTests
{
    [Fact]
    public void Split_TheAssembledSolution_GivesBackEveryFileOfTheLayoutByteForByte()
    {
        var solution = UnpackedSolution.Load(RepositoryPaths.Solution);

        var files = SolutionSplitter.Split(solution.Manifest, solution.Customizations, WebResourceEntries(solution));

        Assert.Equal(solution.Files.Paths.Where(p => p.Contains('/')), files.Select(f => f.Path));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(RepositoryPaths.Solution, f.Path)).SequenceEqual(f.Content), f.Path + " differs from what the splitter writes."));
    }

    [Fact]
    public void Split_File_IsWrittenAsSolutionPackagerWritesIt()
    {
        var solution = UnpackedSolution.Load(RepositoryPaths.Solution);

        var app = SolutionSplitter.Split(solution.Manifest, solution.Customizations, WebResourceEntries(solution)).Single(f => f.Path == "AppModules/fcm_FunnelPerformance/AppModule.xml");

        var text = Encoding.UTF8.GetString(app.Content);
        Assert.StartsWith("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<AppModule>\n  <UniqueName>fcm_FunnelPerformance</UniqueName>\n", text);
        Assert.EndsWith("</AppModule>", text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void Split_RegistrationsTheBuildGenerates_AreLeftOut()
    {
        var solution = UnpackedSolution.Load(RepositoryPaths.Solution);
        var customizations = new XDocument(solution.Customizations);
        customizations.Root!.Element("SdkMessageProcessingSteps")!.Add(new XElement("SdkMessageProcessingStep", new XAttribute("SdkMessageProcessingStepId", "{19f62738-ce0a-4c71-9abd-6d4e8f0ac197}")));
        var manifest = new XDocument(solution.Manifest);
        manifest.Descendants("RootComponents").Single().Add(new XElement("RootComponent", new XAttribute("type", "92"), new XAttribute("id", "{19f62738-ce0a-4c71-9abd-6d4e8f0ac197}")));
        var assembly = WebResourceEntries(solution);
        assembly["PluginAssemblies/FunnelCrmPlugins-1/FunnelCrmPlugins.dll"] = new byte[] { 1 };

        var files = SolutionSplitter.Split(manifest, customizations, assembly);

        Assert.DoesNotContain(files, f => f.Path.StartsWith("PluginAssemblies/", System.StringComparison.Ordinal) || f.Path.StartsWith("SdkMessageProcessingSteps/", System.StringComparison.Ordinal));
        Assert.DoesNotContain("RootComponent type=\"92\"", Encoding.UTF8.GetString(files.Single(f => f.Path == LayoutPaths.Manifest).Content));
        Assert.Contains("<SdkMessageProcessingSteps />", Encoding.UTF8.GetString(files.Single(f => f.Path == LayoutPaths.Customizations).Content));
    }

    [Fact]
    public void Split_TwoViewsWithTheSameId_IsRefusedNamingTheFile()
    {
        var solution = UnpackedSolution.Load(RepositoryPaths.Solution);
        var customizations = new XDocument(solution.Customizations);
        var view = customizations.Descendants("savedquery").First();
        view.AddAfterSelf(new XElement(view));

        var refusal = Assert.Throws<InvalidDataException>(() => SolutionSplitter.Split(solution.Manifest, customizations, WebResourceEntries(solution)));

        Assert.Contains("Entities/", refusal.Message);
        Assert.Contains("SavedQueries/" + view.Element("savedqueryid")!.Value + ".xml", refusal.Message);
    }

    /// <summary>The zip entries a package holds for the layout's web resources (the entry name each definition's FileName gives, with the file's bytes).</summary>
    private static Dictionary<string, byte[]> WebResourceEntries(UnpackedSolution solution) =>
        solution.Entries.ToDictionary(e => e.Key, e => File.ReadAllBytes(Path.Combine(RepositoryPaths.Solution, e.Value)));
}
