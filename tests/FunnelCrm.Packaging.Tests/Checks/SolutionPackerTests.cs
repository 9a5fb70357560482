using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Checks;

public class SolutionPackerTests
{
    [Fact]
    public void Verify_RealSolutionAndDeployables_FindsNoDisagreement()
    {
        var failures = SolutionVerifier.Verify(PackInputs.Real());

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(40)));
    }

    [Fact]
    public void Pack_RealSolution_WritesTheZipInExportOrderWithAssembliesAndForwardSlashEntriesOnly()
    {
        var options = PackInputs.Real();
        options.Version = new Version(1, 0, 3, 0);

        var result = SolutionPacker.Pack(options);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Failures.Take(20)));
        Assert.Equal("FunnelCrm_1_0_3_0.zip", Path.GetFileName(result.ZipPath));
        using var zip = ZipFile.OpenRead(result.ZipPath!);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(new[] { "customizations.xml", "[Content_Types].xml", "solution.xml" }, entries.Take(3));
        Assert.All(entries.Skip(3), e => Assert.Matches("^(PluginAssemblies|WebResources|customapis)/", e));
        Assert.Equal(entries.Skip(3).OrderBy(e => e, FunnelCrm.SolutionLayout.LayoutPaths.Order), entries.Skip(3));
        Assert.DoesNotContain(entries, e => e.Contains('\\') || e.EndsWith('/') || e.StartsWith('/'));
        var customizations = XDocument.Load(zip.GetEntry("customizations.xml")!.Open());
        var fileNames = customizations.Descendants("PluginAssembly").Select(a => a.Element("FileName")!.Value.TrimStart('/')).ToList();
        var withTypes = PackInputs.Deployables.Select(DeployableAssembly.Read).Where(d => d.Types.Count > 0).ToList();
        Assert.Equal(withTypes.Select(d => Path.GetFileNameWithoutExtension(d.FileName).Replace(".", "") + ".dll"), fileNames.Select(Path.GetFileName));
        Assert.All(fileNames, f => Assert.Contains(f, entries));
        var solution = XDocument.Load(zip.GetEntry("solution.xml")!.Open());
        Assert.Equal(("1.0.3.0", "0"), (solution.Descendants("Version").First().Value, solution.Descendants("Managed").Single().Value));
        Assert.Equal(customizations.Descendants("SdkMessageProcessingStep").Count(), solution.Descendants("RootComponent").Count(r => r.Attribute("type")!.Value == "92"));
        Assert.Equal(withTypes.Select(d => d.Identity.FullName), solution.Descendants("RootComponent").Where(r => r.Attribute("type")!.Value == "91").Select(r => r.Attribute("schemaName")!.Value));
    }

    [Fact]
    public void Pack_Managed_WritesManagedOneUnderTheManagedName()
    {
        var options = PackInputs.Real();
        options.Managed = true;

        var result = SolutionPacker.Pack(options);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Failures.Take(20)));
        Assert.EndsWith("_managed.zip", result.ZipPath);
        using var zip = ZipFile.OpenRead(result.ZipPath!);
        var solution = XDocument.Load(zip.GetEntry("solution.xml")!.Open());
        Assert.Equal("1", solution.Descendants("Managed").Single().Value);
        Assert.DoesNotContain(XDocument.Load(zip.GetEntry("customizations.xml")!.Open()).Descendants().Attributes(), a => a.Name.LocalName is "unmodified" or "solutionaction");
    }

    [Fact]
    public void Pack_Managed_BlanksFormLabelsThatRepeatTheColumnsDisplayNameAndKeepsTheOthers()
    {
        var folder = PackInputs.BrokenCopy(LayoutFiles.ScoringRuleForm, form => form.Descendants("cell")
            .Single(c => c.Element("control")?.Attribute("datafieldname")?.Value == "fcm_ruleid").Descendants("label").First().SetAttributeValue("description", "External rule id"));
        var managed = PackInputs.Real(folder);
        managed.Managed = true;

        var managedForm = ScoringRuleForm(SolutionPacker.Pack(managed));
        var unmanagedForm = ScoringRuleForm(SolutionPacker.Pack(PackInputs.Real(folder)));

        Assert.Equal(new[] { "", "" }, Labels(managedForm, "fcm_name"));
        Assert.Equal(new[] { "External rule id", "" }, Labels(managedForm, "fcm_ruleid"));
        Assert.Equal(new[] { "Name", "Name" }, Labels(unmanagedForm, "fcm_name"));
    }

    [Fact]
    public void Pack_MissingDeployable_IsRefusedSayingToBuildAndWritesNothing()
    {
        var options = new PackOptions(Support.PackInputs.Real().SolutionDirectory, null, new[] { "/nowhere/FunnelCrm.Plugins.dll" }) { OutputDirectory = PackInputs.FreshFolder() };

        var result = SolutionPacker.Pack(options);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures, f => f.Component == "FunnelCrm.Plugins.dll" && f.Problem.Contains("build the deployables first"));
        Assert.Empty(Directory.GetFiles(options.OutputDirectory));
    }

    [Fact]
    public void Pack_FixturePluginsBreakingTheRules_AreRefusedNamingEachStepAndClass()
    {
        var options = new PackOptions(Crm.Tests.Support.RepositoryPaths.Solution, null, PackInputs.Deployables.Append(PackInputs.FixtureAssembly).ToList()) { OutputDirectory = PackInputs.FreshFolder() };

        var failures = SolutionVerifier.Verify(options).Select(f => f.ToString()).ToList();

        Assert.Contains(failures, f => f.StartsWith("step 'FunnelCrm.Packaging.Tests.Fixtures.AsyncPreOperationPlugin: Update of lead'", StringComparison.Ordinal) && f.Contains("asynchronous step must be registered in the post-operation stage"));
        Assert.Contains(failures, f => f.StartsWith("step 'FunnelCrm.Packaging.Tests.Fixtures.MissingColumnPlugin: Update of lead'", StringComparison.Ordinal) && f.Contains("filtering attribute 'fcm_nosuchcolumn' does not exist on lead"));
        Assert.Contains(failures, f => f.StartsWith("step 'FunnelCrm.Packaging.Tests.Fixtures.PreImageOnCreatePlugin: Create of lead'", StringComparison.Ordinal) && f.Contains("pre-image is not available on the Create message"));
        Assert.Contains(failures, f => f.StartsWith("class FunnelCrm.Packaging.Tests.Fixtures.UndeclaredPlugin:", StringComparison.Ordinal) && f.Contains("declares no step"));
        Assert.DoesNotContain(failures, f => f.Contains("InheritedStepPlugin") || f.Contains("InheritedActivity"));
    }

    private static XElement ScoringRuleForm(PackResult result)
    {
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Failures.Take(20)));
        using var zip = ZipFile.OpenRead(result.ZipPath!);
        return XDocument.Load(zip.GetEntry("customizations.xml")!.Open()).Descendants("systemform").Single(f => f.Element("formid")!.Value == "{81fd7004-6278-5d8f-8243-0946fda144fb}");
    }

    private static string[] Labels(XElement form, string column) =>
        form.Descendants("cell").Single(c => c.Element("control")?.Attribute("datafieldname")?.Value == column).Descendants("label").Select(l => l.Attribute("description")!.Value).ToArray();
}
