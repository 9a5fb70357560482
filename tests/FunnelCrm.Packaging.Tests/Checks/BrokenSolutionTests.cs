using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Checks;

/// <summary>Broken copies of the real Solution/ that the packer must refuse, naming the component and its file; nothing is written.</summary>
public class BrokenSolutionTests
{
    private static PackResult PackBroken(string file, Action<XElement> breakIt) => PackBroken(PackInputs.BrokenCopy(file, breakIt));

    private static PackResult PackBroken(string folder)
    {
        var result = SolutionPacker.Pack(PackInputs.Real(folder));
        Assert.False(result.Succeeded);
        return result;
    }

    private static string In(string file) => " (" + file + " line ";

    [Fact]
    public void Pack_ViewNamingAMissingColumn_IsRefusedNamingTheViewAndItsFile()
    {
        var result = PackBroken(LayoutFiles.HotLeadsView, v => v.Descendants("entity").First().Add(new XElement("attribute", new XAttribute("name", "fcm_nosuchcolumn"))));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("view 'Hot leads by score' of lead {394624a0-178d-5334-9eef-fcb72430db3f}" + In(LayoutFiles.HotLeadsView), StringComparison.Ordinal)
            && f.Problem == "its column 'fcm_nosuchcolumn' does not exist on lead.");
    }

    [Fact]
    public void Pack_CustomColumnWithoutPrefix_IsRefusedNamingTheColumnInEntityXml()
    {
        var result = PackBroken(LayoutFiles.Lead, lead =>
        {
            var column = lead.Descendants("attribute").First(a => a.Element("LogicalName")?.Value == "fcm_score");
            column.Element("LogicalName")!.Value = "leadscore";
            column.Element("Name")!.Value = "leadscore";
        });

        Assert.Contains(result.Failures, f => f.Component.StartsWith("column lead.leadscore" + In(LayoutFiles.Lead), StringComparison.Ordinal) && f.Problem.Contains("does not start with the publisher prefix 'fcm_'"));
    }

    [Fact]
    public void Pack_OptionValueWithoutPrefix_IsRefusedNamingTheChoiceFile()
    {
        var result = PackBroken(LayoutFiles.GradeChoice, choice => choice.Descendants("option").First().SetAttributeValue("value", "100000000"));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("choice fcm_grade" + In(LayoutFiles.GradeChoice), StringComparison.Ordinal)
            && f.Problem.Contains("option value 100000000 does not carry the option value prefix 74210"));
    }

    [Fact]
    public void Pack_RootComponentWithoutDefinition_IsRefusedNamingItsLineInSolutionXml()
    {
        var result = PackBroken(LayoutFiles.Manifest, s => s.Descendants("RootComponents").Single().Add(
            new XElement("RootComponent", new XAttribute("type", "20"), new XAttribute("id", "{11111111-2222-4333-8444-555555555555}"), new XAttribute("behavior", "0"))));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("root component role 11111111-2222-4333-8444-555555555555" + In(LayoutFiles.Manifest), StringComparison.Ordinal)
            && f.Problem == "the solution has no definition for it.");
    }

    [Fact]
    public void Pack_DashboardWithoutRootComponent_IsRefusedNamingTheDashboardFile()
    {
        var result = PackBroken(LayoutFiles.Manifest, s => s.Descendants("RootComponent").Single(r => r.Attribute("id")?.Value == "{34fef32b-42b7-585d-ad85-cfc7d070e16c}").Remove());

        Assert.Contains(result.Failures, f => f.Component.StartsWith("dashboard 'My funnel' {34fef32b-42b7-585d-ad85-cfc7d070e16c}" + In(LayoutFiles.MyFunnelDashboard), StringComparison.Ordinal)
            && f.Problem.Contains("not a root component in Other/Solution.xml"));
    }

    [Fact]
    public void Pack_FieldSecurityProfileWithoutRootComponent_IsRefusedNamingTheProfilesFile()
    {
        var result = PackBroken(LayoutFiles.Manifest, s => s.Descendants("RootComponent").Single(r => r.Attribute("type")?.Value == "70").Remove());

        Assert.Contains(result.Failures, f => f.Component.StartsWith("field security profile 'FunnelCrm Funnel Readers' {dbe88ba8-7486-4385-b9d9-ad1739ee4f27}" + In(LayoutFiles.FieldSecurityProfiles), StringComparison.Ordinal)
            && f.Problem.Contains("not a root component in Other/Solution.xml (add RootComponent type=\"70\")"));
    }

    [Fact]
    public void Pack_FieldPermissionOnAColumnThatIsNotSecured_IsRefusedNamingThePermissionAndTheColumn()
    {
        var result = PackBroken(LayoutFiles.Lead, lead => lead.Descendants("attribute").Single(a => a.Element("LogicalName")?.Value == "fcm_score").Element("IsSecured")!.Value = "0");

        Assert.Contains(result.Failures, f => f.Component.StartsWith("field security profile 'FunnelCrm Funnel Readers'", StringComparison.Ordinal) && f.Component.Contains(In(LayoutFiles.FieldSecurityProfiles), StringComparison.Ordinal)
            && f.Problem.StartsWith("its column lead.fcm_score is not secured (IsSecured is not 1 in column lead.fcm_score" + In(LayoutFiles.Lead), StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_FieldPermissionOnAColumnTheSolutionDoesNotHave_IsRefused()
    {
        var result = PackBroken(LayoutFiles.FieldSecurityProfiles, profiles => profiles.Descendants("AttributeName").First().Value = "fcm_nosuchcolumn");

        Assert.Contains(result.Failures, f => f.Component.StartsWith("field security profile 'FunnelCrm Funnel Readers'", StringComparison.Ordinal)
            && f.Problem == "its column lead.fcm_nosuchcolumn is not a column of the solution, so the permission secures nothing.");
    }

    [Fact]
    public void Pack_FieldPermissionWithAValueOtherThanAllowedOrNot_IsRefused()
    {
        var result = PackBroken(LayoutFiles.FieldSecurityProfiles, profiles => profiles.Descendants("CanUpdate").First().Value = "1");

        Assert.Contains(result.Failures, f => f.Component.StartsWith("field security profile 'FunnelCrm Funnel Readers'", StringComparison.Ordinal)
            && f.Problem == "its CanUpdate is '1'; it must be 0 (not allowed) or 4 (allowed).");
    }

    [Fact]
    public void Pack_ElementTheSchemaDoesNotKnow_IsRefusedWithTheTableFileAndLine()
    {
        var result = PackBroken(LayoutFiles.ScoringRule, table => table.Descendants("entity").Single().Add(new XElement("AutoNumberFormat")));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("table fcm_scoringrule" + In(LayoutFiles.ScoringRule), StringComparison.Ordinal)
            && f.Problem.StartsWith("not valid against CustomizationsSolution.xsd", StringComparison.Ordinal) && f.Problem.Contains("AutoNumberFormat"));
    }

    [Fact]
    public void Pack_FetchXmlTheFetchSchemaRefuses_IsRefusedNamingTheViewFile()
    {
        var result = PackBroken(LayoutFiles.SlaBreachedView, v => v.Descendants("fetch").Single().SetAttributeValue("bogus", "1"));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("view 'SLA breached' of lead {01e81249-3488-54aa-a499-06955dfc27ea}" + In(LayoutFiles.SlaBreachedView), StringComparison.Ordinal)
            && f.Problem.StartsWith("not valid against Fetch.xsd", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_ChartDataDescriptionTheSchemaRefuses_IsRefusedNamingTheChartFile()
    {
        var result = PackBroken(LayoutFiles.LeadsByStageChart, chart => chart.Descendants("categorycollection").Single().Add(new XElement("bogus")));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("chart 'Leads by stage' of lead {7ddade78-bc87-51fe-a703-d48bbf07c15a}" + In(LayoutFiles.LeadsByStageChart), StringComparison.Ordinal)
            && f.Problem.StartsWith("not valid against VisualizationDataDescription.xsd", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_SiteMapEntryOpeningAMissingTable_IsRefusedNamingTheEntryInTheSiteMapFile()
    {
        var result = PackBroken(LayoutFiles.SiteMap, map => map.Descendants("SubArea").Single(s => s.Attribute("Id")!.Value == "fcm_sub_snapshots").SetAttributeValue("Entity", "fcm_nosuchtable"));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("site map entry fcm_sub_snapshots" + In(LayoutFiles.SiteMap), StringComparison.Ordinal)
            && f.Problem.Contains("'fcm_nosuchtable', which is neither in the solution nor a standard table"));
        Assert.Contains(result.Failures, f => f.Component.StartsWith("table fcm_funnelsnapshot (Entities/fcm_FunnelSnapshot/Entity.xml line ", StringComparison.Ordinal)
            && f.Problem.StartsWith("no app reaches the table", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_DashboardLeftOutOfTheApp_IsRefusedAsUnreachable()
    {
        var result = PackBroken(LayoutFiles.App, app => app.Descendants("AppModuleComponent").Single(a => a.Attribute("id")?.Value == "{34fef32b-42b7-585d-ad85-cfc7d070e16c}").Remove());

        Assert.Contains(result.Failures, f => f.Component.StartsWith("site map entry fcm_sub_myfunnel" + In(LayoutFiles.SiteMap), StringComparison.Ordinal) && f.Problem.Contains("not a component of the app"));
        Assert.Contains(result.Failures, f => f.Component.StartsWith("dashboard 'My funnel' {34fef32b-42b7-585d-ad85-cfc7d070e16c}" + In(LayoutFiles.MyFunnelDashboard), StringComparison.Ordinal)
            && f.Problem.StartsWith("no app reaches it", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_AppComponentNotInTheSolution_IsRefusedNamingTheAppFile()
    {
        var result = PackBroken(LayoutFiles.App, app => app.Descendants("AppModuleComponents").Single().Add(
            new XElement("AppModuleComponent", new XAttribute("type", "26"), new XAttribute("id", "{11111111-2222-4333-8444-555555555555}"))));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("app fcm_FunnelPerformance" + In(LayoutFiles.App), StringComparison.Ordinal)
            && f.Problem.Contains("type 26 '{11111111-2222-4333-8444-555555555555}' is not in the solution"));
    }

    [Fact]
    public void Pack_HandWrittenStepThatDisagreesWithItsDeclaration_IsRefusedNamingTheStepInCustomizationsXml()
    {
        var generated = SolutionPacker.Pack(PackInputs.Real());
        using var zip = System.IO.Compression.ZipFile.OpenRead(generated.ZipPath!);
        var step = XDocument.Load(zip.GetEntry("customizations.xml")!.Open()).Descendants("SdkMessageProcessingStep").First();
        step.Element("Rank")!.Value = "9";

        var result = PackBroken(LayoutFiles.Customizations, shell => shell.Element("SdkMessageProcessingSteps")!.Add(step));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("step '" + step.Attribute("Name")!.Value + "' " + step.Attribute("SdkMessageProcessingStepId")!.Value + In(LayoutFiles.Customizations), StringComparison.Ordinal)
            && f.Problem.StartsWith("it disagrees with what the declarations", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_FileTheLayoutDoesNotKnow_IsRefusedNamingTheFile()
    {
        var result = PackBroken(PackInputs.BrokenCopy(folder =>
        {
            Directory.CreateDirectory(Path.Combine(folder, "SdkMessageProcessingSteps"));
            File.WriteAllText(Path.Combine(folder, "SdkMessageProcessingSteps", "{19f62738-ce0a-4c71-9abd-6d4e8f0ac197}.xml"), "<SdkMessageProcessingStep />");
        }));

        Assert.Contains(result.Failures, f => f.Component == "SdkMessageProcessingSteps/{19f62738-ce0a-4c71-9abd-6d4e8f0ac197}.xml" && f.Problem.Contains("generated from the declarations in code"));
    }

    [Fact]
    public void Pack_ViewFileNamedAfterAnotherId_IsRefusedSayingWhereTheLayoutKeepsIt()
    {
        var misnamed = "Entities/Lead/SavedQueries/{11111111-2222-4333-8444-555555555555}.xml";

        var result = PackBroken(PackInputs.BrokenCopy(folder => File.Move(Path.Combine(folder, LayoutFiles.HotLeadsView), Path.Combine(folder, misnamed))));

        Assert.Contains(result.Failures, f => f.Component.StartsWith(misnamed + " line ", StringComparison.Ordinal) && f.Problem.Contains("which the layout keeps in " + LayoutFiles.HotLeadsView));
    }

    [Fact]
    public void Pack_FormFileThatIsNotWellFormed_IsRefusedNamingTheFileAndLine()
    {
        var result = PackBroken(PackInputs.BrokenCopy(folder => File.AppendAllText(Path.Combine(folder, LayoutFiles.LeadRepForm), "<extra>")));

        Assert.Contains(result.Failures, f => f.Component.StartsWith(LayoutFiles.LeadRepForm + " line ", StringComparison.Ordinal) && f.Problem.StartsWith("it is not well-formed XML", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_Refused_WritesNothing()
    {
        var options = PackInputs.Real(PackInputs.BrokenCopy(LayoutFiles.App, app => app.Descendants("AppModuleComponent").First().Remove()));

        var result = SolutionPacker.Pack(options);

        Assert.False(result.Succeeded);
        Assert.Null(result.ZipPath);
        Assert.Empty(Directory.GetFiles(options.OutputDirectory));
    }
}
