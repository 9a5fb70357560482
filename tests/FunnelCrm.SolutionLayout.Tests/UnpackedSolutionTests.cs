using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.SolutionLayout.Tests.Support;

namespace FunnelCrm.SolutionLayout.Tests;

public class UnpackedSolutionTests
{
    private const string HotLeadsView = "Entities/Lead/SavedQueries/{394624a0-178d-5334-9eef-fcb72430db3f}.xml";

    [Fact]
    public void Read_TheSolution_AssemblesEveryComponentFileWithoutProblems()
    {
        var solution = UnpackedSolution.Read(RepositoryPaths.Solution);

        Assert.Empty(solution.Problems);
        Assert.True(solution.IsAssembled);
        var root = solution.Customizations.Root!;
        Assert.Equal(Directory.GetDirectories(Path.Combine(RepositoryPaths.Solution, "Entities")).Length, root.Element("Entities")!.Elements("Entity").Count());
        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryPaths.Solution, "Entities"), "*.xml", SearchOption.AllDirectories).Count(f => f.Contains("SavedQueries")), root.Descendants("savedquery").Count());
        Assert.Equal("FunnelCrm", solution.Manifest.Root!.Element("SolutionManifest")!.Element("UniqueName")!.Value);
    }

    [Fact]
    public void Read_TheSolution_MarksEachComponentWithItsFileAndLine()
    {
        var solution = UnpackedSolution.Read(RepositoryPaths.Solution);

        var view = solution.Customizations.Descendants("savedquery").Single(v => v.Element("savedqueryid")!.Value == "{394624a0-178d-5334-9eef-fcb72430db3f}");
        Assert.Equal(HotLeadsView + " line 3", SourceLocation.Of(view));
        Assert.StartsWith(HotLeadsView + " line ", SourceLocation.Of(view.Descendants("fetch").Single()), StringComparison.Ordinal);
        Assert.StartsWith("Other/Customizations.xml line ", SourceLocation.Of(solution.Customizations.Root!.Element("Languages")!), StringComparison.Ordinal);
        Assert.StartsWith("Other/Solution.xml line ", SourceLocation.Of(solution.Manifest.Descendants("RootComponent").First()), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TheLayoutEmbeddedInAnAssembly_AssemblesTheSameDocumentAsTheFolder()
    {
        var embedded = UnpackedSolution.Load(new EmbeddedFiles(typeof(UnpackedSolutionTests).Assembly, "Layout/"));

        var folder = UnpackedSolution.Load(RepositoryPaths.Solution);

        Assert.True(XNode.DeepEquals(folder.Customizations, embedded.Customizations));
        Assert.True(XNode.DeepEquals(folder.Manifest, embedded.Manifest));
    }

    [Fact]
    public void Read_ComponentWhoseBlockTheShellLacks_PutsTheBlockWhereTheSchemaWantsIt()
    {
        var files = MemoryFiles.OfTheSolution();
        files.Replace(LayoutPaths.Customizations, "  <Dashboards />\n", "");

        var root = UnpackedSolution.Read(files).Customizations.Root!;

        var blocks = root.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal(blocks.IndexOf("optionsets") + 1, blocks.IndexOf("Dashboards"));
        Assert.Equal(2, root.Element("Dashboards")!.Elements("Dashboard").Count());
    }

    [Fact]
    public void Read_ViewOfATableWithoutViews_AddsTheViewsPartToTheTable()
    {
        var files = MemoryFiles.OfTheSolution();
        files["Entities/Opportunity/SavedQueries/{11111111-2222-4333-8444-555555555555}.xml"] = Encoding.UTF8.GetBytes(
            files.Text(HotLeadsView).Replace("{394624a0-178d-5334-9eef-fcb72430db3f}", "{11111111-2222-4333-8444-555555555555}"));

        var opportunity = UnpackedSolution.Read(files).Customizations.Descendants("Entity").Single(e => e.Element("Name")!.Value == "Opportunity");

        Assert.Equal(new[] { "Name", "EntityInfo", "SavedQueries" }, opportunity.Elements().Select(e => e.Name.LocalName));
        Assert.Single(opportunity.Descendants("savedquery"));
    }

    [Fact]
    public void Read_RelationshipNotListedInRelationshipsXml_IsAProblemNamingTheFile()
    {
        var files = MemoryFiles.OfTheSolution();
        files.Replace(LayoutPaths.Relationships, "  <EntityRelationship Name=\"fcm_team_fcm_funnelsettings_routingteamid\" />\n", "");

        var problems = UnpackedSolution.Read(files).Problems;

        var problem = Assert.Single(problems);
        Assert.StartsWith("Other/Relationships/Team.xml line ", problem.Where, StringComparison.Ordinal);
        Assert.Contains("'fcm_team_fcm_funnelsettings_routingteamid' is not listed in Other/Relationships.xml", problem.Problem);
    }

    [Fact]
    public void Read_FormFileHoldingAView_IsAProblemNamingTheRootElement()
    {
        var files = MemoryFiles.OfTheSolution();
        files["Entities/Lead/FormXml/main/{11111111-2222-4333-8444-555555555555}.xml"] = files[HotLeadsView];

        var problem = Assert.Single(UnpackedSolution.Read(files).Problems);

        Assert.Equal("Entities/Lead/FormXml/main/{11111111-2222-4333-8444-555555555555}.xml line 2: its root element is <savedqueries>; this file holds a <forms>.", problem.ToString());
    }

    [Fact]
    public void Load_LayoutWithoutItsManifest_IsRefusedNamingTheMissingFile()
    {
        var files = MemoryFiles.OfTheSolution();
        files.Remove(LayoutPaths.Manifest);

        var refusal = Assert.Throws<InvalidDataException>(() => UnpackedSolution.Load(files));

        Assert.Contains("Other/Solution.xml: it is missing from memory.", refusal.Message);
        Assert.False(UnpackedSolution.Read(files).IsAssembled);
    }

    [Fact]
    public void Read_WebResource_GoesIntoTheZipUnderItsEntryName()
    {
        var files = MemoryFiles.OfTheSolution();
        files["WebResources/fcm_/scripts/lead.js"] = Encoding.UTF8.GetBytes("function onLoad() {}");
        files["WebResources/fcm_/scripts/lead.js.data.xml"] = Encoding.UTF8.GetBytes(
            "<WebResource><WebResourceId>{4ac145d6-b632-ee11-bdf4-000d3aaa0efa}</WebResourceId><Name>fcm_/scripts/lead.js</Name><WebResourceType>3</WebResourceType>"
            + "<FileName>/WebResources/fcm_scriptsleadjs4AC145D6-B632-EE11-BDF4-000D3AAA0EFA</FileName></WebResource>");

        var solution = UnpackedSolution.Read(files);

        Assert.Empty(solution.Problems);
        Assert.Contains(solution.Customizations.Root!.Element("WebResources")!.Elements("WebResource"), w => w.Element("Name")!.Value == "fcm_/scripts/lead.js");
        Assert.Equal("WebResources/fcm_/scripts/lead.js", solution.Entries["WebResources/fcm_scriptsleadjs4AC145D6-B632-EE11-BDF4-000D3AAA0EFA"]);
    }

    [Fact]
    public void Read_CommittedCustomApiFile_IsRefusedAsGeneratedFromTheDeclarations()
    {
        var files = MemoryFiles.OfTheSolution();
        files["customapis/fcm_ScoreLead/customapi.xml"] = Encoding.UTF8.GetBytes("<customapi uniquename=\"fcm_ScoreLead\" />");

        var solution = UnpackedSolution.Read(files);

        var problem = Assert.Single(solution.Problems);
        Assert.Equal("customapis/fcm_ScoreLead/customapi.xml", problem.Path);
        Assert.Contains("generated at pack time from the [CustomApi] declarations", problem.Problem);
    }
}
