using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Checks;

/// <summary>Broken copies of the real Solution/ that the packer must refuse, naming the component; nothing is written.</summary>
public class BrokenSolutionTests
{
    private static PackResult PackBroken(Action<XDocument, XDocument> breakIt)
    {
        var result = SolutionPacker.Pack(PackInputs.Real(PackInputs.BrokenCopy(breakIt)));
        Assert.False(result.Succeeded);
        return result;
    }

    private static XElement View(XDocument customizations, string name) =>
        customizations.Descendants("savedquery").Single(v => v.Element("LocalizedNames")!.Elements().Any(n => n.Attribute("description")!.Value == name));

    [Fact]
    public void Pack_ViewNamingAMissingColumn_IsRefusedNamingTheView()
    {
        var result = PackBroken((c, _) => View(c, "Hot leads by score").Element("fetchxml")!.Descendants("entity").First().Add(new XElement("attribute", new XAttribute("name", "fcm_nosuchcolumn"))));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("view 'Hot leads by score' of lead {394624a0-178d-5334-9eef-fcb72430db3f}", StringComparison.Ordinal)
            && f.Problem == "its column 'fcm_nosuchcolumn' does not exist on lead.");
    }

    [Fact]
    public void Pack_CustomColumnWithoutPrefix_IsRefusedNamingTheColumn()
    {
        var result = PackBroken((c, _) =>
        {
            var column = c.Descendants("attribute").First(a => a.Element("LogicalName")?.Value == "fcm_score");
            column.Element("LogicalName")!.Value = "leadscore";
            column.Element("Name")!.Value = "leadscore";
        });

        Assert.Contains(result.Failures, f => f.Component.StartsWith("column lead.leadscore", StringComparison.Ordinal) && f.Problem.Contains("does not start with the publisher prefix 'fcm_'"));
    }

    [Fact]
    public void Pack_OptionValueWithoutPrefix_IsRefusedNamingTheChoice()
    {
        var result = PackBroken((c, _) => c.Root!.Element("optionsets")!.Elements().First(o => o.Attribute("Name")!.Value == "fcm_grade").Descendants("option").First().SetAttributeValue("value", "100000000"));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("choice fcm_grade", StringComparison.Ordinal) && f.Problem.Contains("option value 100000000 does not carry the option value prefix 74210"));
    }

    [Fact]
    public void Pack_RootComponentWithoutDefinition_IsRefusedNamingIt()
    {
        var result = PackBroken((_, s) => s.Descendants("RootComponents").Single().Add(new XElement("RootComponent", new XAttribute("type", "20"), new XAttribute("id", "{11111111-2222-4333-8444-555555555555}"), new XAttribute("behavior", "0"))));

        Assert.Contains(result.Failures, f => f.Component == "root component role 11111111-2222-4333-8444-555555555555 (solution.xml)" && f.Problem == "customizations.xml has no definition for it.");
    }

    [Fact]
    public void Pack_DashboardWithoutRootComponent_IsRefusedNamingTheDashboard()
    {
        var result = PackBroken((_, s) => s.Descendants("RootComponent").Single(r => r.Attribute("id")?.Value == "{34fef32b-42b7-585d-ad85-cfc7d070e16c}").Remove());

        Assert.Contains(result.Failures, f => f.Component.StartsWith("dashboard 'My funnel'", StringComparison.Ordinal) && f.Problem.Contains("not a root component"));
    }

    [Fact]
    public void Pack_ElementTheSchemaDoesNotKnow_IsRefusedWithTheComponentAndLine()
    {
        var result = PackBroken((c, _) => c.Descendants("entity").First(e => e.Attribute("Name")?.Value == "fcm_ScoringRule").Add(new XElement("AutoNumberFormat")));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("table fcm_scoringrule (customizations.xml line ", StringComparison.Ordinal)
            && f.Problem.StartsWith("not valid against CustomizationsSolution.xsd", StringComparison.Ordinal) && f.Problem.Contains("AutoNumberFormat"));
    }

    [Fact]
    public void Pack_FetchXmlTheFetchSchemaRefuses_IsRefusedNamingTheView()
    {
        var result = PackBroken((c, _) => View(c, "SLA breached").Element("fetchxml")!.Element("fetch")!.SetAttributeValue("bogus", "1"));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("view 'SLA breached' of lead", StringComparison.Ordinal) && f.Problem.StartsWith("not valid against Fetch.xsd", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_ChartDataDescriptionTheSchemaRefuses_IsRefusedNamingTheChart()
    {
        var result = PackBroken((c, _) => c.Descendants("visualization").First().Descendants("categorycollection").Single().Add(new XElement("bogus")));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("chart '", StringComparison.Ordinal) && f.Problem.StartsWith("not valid against VisualizationDataDescription.xsd", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_SiteMapEntryOpeningAMissingTable_IsRefusedNamingTheEntry()
    {
        var result = PackBroken((c, _) => c.Descendants("SubArea").Single(s => s.Attribute("Id")!.Value == "fcm_sub_snapshots").SetAttributeValue("Entity", "fcm_nosuchtable"));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("site map entry fcm_sub_snapshots", StringComparison.Ordinal) && f.Problem.Contains("'fcm_nosuchtable', which is neither in the solution nor a standard table"));
        Assert.Contains(result.Failures, f => f.Component.StartsWith("table fcm_funnelsnapshot", StringComparison.Ordinal) && f.Problem.StartsWith("no app reaches the table", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_DashboardLeftOutOfTheApp_IsRefusedAsUnreachable()
    {
        var result = PackBroken((c, _) => c.Descendants("AppModuleComponent").Single(a => a.Attribute("id")?.Value == "{34fef32b-42b7-585d-ad85-cfc7d070e16c}").Remove());

        Assert.Contains(result.Failures, f => f.Component.StartsWith("site map entry fcm_sub_myfunnel", StringComparison.Ordinal) && f.Problem.Contains("not a component of the app"));
        Assert.Contains(result.Failures, f => f.Component.StartsWith("dashboard 'My funnel'", StringComparison.Ordinal) && f.Problem.StartsWith("no app reaches it", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_AppComponentNotInTheSolution_IsRefusedNamingTheApp()
    {
        var result = PackBroken((c, _) => c.Descendants("AppModuleComponents").Single().Add(new XElement("AppModuleComponent", new XAttribute("type", "26"), new XAttribute("id", "{11111111-2222-4333-8444-555555555555}"))));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("app fcm_FunnelPerformance", StringComparison.Ordinal) && f.Problem.Contains("type 26 '{11111111-2222-4333-8444-555555555555}' is not in the solution"));
    }

    [Fact]
    public void Pack_HandWrittenStepThatDisagreesWithItsDeclaration_IsRefusedNamingTheStep()
    {
        var generated = SolutionPacker.Pack(PackInputs.Real());
        using var zip = System.IO.Compression.ZipFile.OpenRead(generated.ZipPath!);
        var step = XDocument.Load(zip.GetEntry("customizations.xml")!.Open()).Descendants("SdkMessageProcessingStep").First();
        step.Element("Rank")!.Value = "9";

        var result = PackBroken((c, _) => c.Root!.Element("SdkMessageProcessingSteps")!.Add(step));

        Assert.Contains(result.Failures, f => f.Component.StartsWith("step '" + step.Attribute("Name")!.Value + "'", StringComparison.Ordinal) && f.Problem.StartsWith("it disagrees with what the declarations", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_Refused_WritesNothing()
    {
        var options = PackInputs.Real(PackInputs.BrokenCopy((c, _) => c.Descendants("AppModuleComponent").First().Remove()));

        var result = SolutionPacker.Pack(options);

        Assert.False(result.Succeeded);
        Assert.Null(result.ZipPath);
        Assert.Empty(Directory.GetFiles(options.OutputDirectory));
    }
}
