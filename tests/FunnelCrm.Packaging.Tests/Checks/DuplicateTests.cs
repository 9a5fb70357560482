using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Checks;

/// <summary>Broken copies of Solution/ holding something twice: refused, naming both places (file and line).</summary>
public class DuplicateTests
{
    private const string Copy = "{11111111-2222-4333-8444-555555555555}";

    private static PackFailure Duplicate(string folder, string what)
    {
        var result = SolutionPacker.Pack(PackInputs.Real(folder));
        Assert.False(result.Succeeded);
        return Assert.Single(result.Failures, f => f.Problem.StartsWith("its " + what + " ", StringComparison.Ordinal) && f.Problem.EndsWith("; each must be unique.", StringComparison.Ordinal));
    }

    private static string Both(PackFailure failure) => failure.Component + " | " + failure.Problem;

    [Fact]
    public void Pack_SecondCopyOfAView_IsRefusedNamingBothFiles()
    {
        var copy = "Entities/Lead/SavedQueries/" + Copy + ".xml";
        var folder = PackInputs.BrokenCopy(f => File.Copy(Path.Combine(f, LayoutFiles.HotLeadsView), Path.Combine(f, copy)));

        var failure = Duplicate(folder, "view id (savedqueryid)");

        Assert.Contains("'{394624a0-178d-5334-9eef-fcb72430db3f}'", failure.Problem);
        Assert.Contains("(" + copy + " line 3)", Both(failure));
        Assert.Contains("(" + LayoutFiles.HotLeadsView + " line 3)", Both(failure));
    }

    [Fact]
    public void Pack_FormIdChangedToAnotherFormsId_IsRefusedAsADuplicateNamingBothForms()
    {
        var folder = PackInputs.BrokenCopy(LayoutFiles.ScoringRuleForm, form => form.Descendants("formid").Single().Value = "{f2a3481b-fd2f-5f41-bdf6-26a80dc82d1c}");

        var failure = Duplicate(folder, "form id");

        Assert.Contains("form 'Scoring rule' of fcm_scoringrule {f2a3481b-fd2f-5f41-bdf6-26a80dc82d1c} (" + LayoutFiles.ScoringRuleForm + " line 3)", Both(failure));
        Assert.Contains("form 'Lead (FunnelCrm)' of lead {f2a3481b-fd2f-5f41-bdf6-26a80dc82d1c} (" + LayoutFiles.LeadRepForm + " line 3)", Both(failure));
    }

    [Fact]
    public void Pack_SecondCopyOfAChart_IsRefusedNamingBothFiles()
    {
        var copy = "Entities/Lead/Visualizations/" + Copy + ".xml";
        var folder = PackInputs.BrokenCopy(f => File.Copy(Path.Combine(f, LayoutFiles.LeadsByStageChart), Path.Combine(f, copy)));

        var failure = Duplicate(folder, "chart id (savedqueryvisualizationid)");

        Assert.Contains("(" + copy + " line 2)", Both(failure));
        Assert.Contains("(" + LayoutFiles.LeadsByStageChart + " line 2)", Both(failure));
    }

    [Fact]
    public void Pack_ColumnDefinedTwice_IsRefusedNamingBothLinesOfEntityXml()
    {
        var folder = PackInputs.BrokenCopy(LayoutFiles.Lead, lead =>
        {
            var score = lead.Descendants("attribute").Single(a => a.Element("LogicalName")?.Value == "fcm_score");
            lead.Descendants("attribute").Last().AddAfterSelf(new XElement(score));
        });

        var failure = Duplicate(folder, "column name");

        Assert.StartsWith("column lead.fcm_score (" + LayoutFiles.Lead + " line ", failure.Component, StringComparison.Ordinal);
        Assert.Contains("that of column lead.fcm_score (" + LayoutFiles.Lead + " line ", failure.Problem);
    }

    [Fact]
    public void Pack_RootComponentListedTwice_IsRefusedNamingBothLinesOfSolutionXml()
    {
        var folder = PackInputs.BrokenCopy(LayoutFiles.Manifest, s =>
        {
            var grade = s.Descendants("RootComponent").Single(r => r.Attribute("schemaName")?.Value == "fcm_grade");
            s.Descendants("RootComponent").Last().AddAfterSelf(new XElement(grade));
        });

        var failure = Duplicate(folder, "root component");

        Assert.StartsWith("root component type 9 fcm_grade (" + LayoutFiles.Manifest + " line ", failure.Component, StringComparison.Ordinal);
        Assert.Contains("that of root component type 9 fcm_grade (" + LayoutFiles.Manifest + " line ", failure.Problem);
    }

    [Fact]
    public void Pack_TwoRolesWithOneName_IsRefusedNamingBothRoleFiles()
    {
        var folder = PackInputs.BrokenCopy("Roles/FunnelCrm Sales Rep.xml", role => role.SetAttributeValue("name", "FunnelCrm Marketing"));

        var failure = Duplicate(folder, "role name");

        Assert.Contains("(Roles/FunnelCrm Sales Rep.xml line 2)", Both(failure));
        Assert.Contains("(Roles/FunnelCrm Marketing.xml line 2)", Both(failure));
    }

    [Fact]
    public void Pack_OptionValueTwiceInAChoice_IsRefusedNamingTheChoiceFile()
    {
        var folder = PackInputs.BrokenCopy(LayoutFiles.GradeChoice, choice =>
        {
            var options = choice.Descendants("option").ToList();
            options[1].SetAttributeValue("value", options[0].Attribute("value")!.Value);
        });

        var failure = Duplicate(folder, "option value");

        Assert.StartsWith("choice fcm_grade (" + LayoutFiles.GradeChoice + " line ", failure.Component, StringComparison.Ordinal);
        Assert.Contains("'742100000'", failure.Problem);
    }

    [Fact]
    public void Pack_RelationshipDefinedTwice_IsRefusedNamingBothFiles()
    {
        var folder = PackInputs.BrokenCopy(f => PackInputs.Edit(f, "Other/Relationships/Team.xml", team =>
        {
            var lead = XDocument.Load(Path.Combine(f, "Other/Relationships/Lead.xml")).Root!.Elements().Single();
            team.Add(lead);
        }));

        var failure = Duplicate(folder, "relationship name");

        Assert.Contains("relationship fcm_lead_fcm_stagetransition_leadid (Other/Relationships/Lead.xml line 3)", Both(failure));
        Assert.Contains("relationship fcm_lead_fcm_stagetransition_leadid (Other/Relationships/Team.xml line ", Both(failure));
    }

    [Fact]
    public void Pack_SiteMapEntryIdTwice_IsRefusedNamingBothEntries()
    {
        var folder = PackInputs.BrokenCopy(LayoutFiles.SiteMap, map => map.Descendants("SubArea").Single(s => s.Attribute("Id")!.Value == "fcm_sub_snapshots").SetAttributeValue("Id", "fcm_sub_transitions"));

        var failure = Duplicate(folder, "site map id");

        Assert.StartsWith("site map entry fcm_sub_transitions (" + LayoutFiles.SiteMap + " line ", failure.Component, StringComparison.Ordinal);
        Assert.Contains("that of site map entry fcm_sub_", failure.Problem);
    }

    [Fact]
    public void Pack_ControlIdTwiceInAForm_IsRefusedNamingBothLinesOfTheForm()
    {
        var folder = PackInputs.BrokenCopy(LayoutFiles.ScoringRuleForm, form =>
        {
            var controls = form.Descendants("control").ToList();
            controls[1].SetAttributeValue("id", controls[0].Attribute("id")!.Value);
        });

        var failure = Duplicate(folder, "control id");

        Assert.StartsWith("form 'Scoring rule' of fcm_scoringrule {81fd7004-6278-5d8f-8243-0946fda144fb} (" + LayoutFiles.ScoringRuleForm + " line 39)", failure.Component, StringComparison.Ordinal);
        Assert.Contains("(" + LayoutFiles.ScoringRuleForm + " line 30)", failure.Problem);
    }

    [Fact]
    public void Pack_AppComponentListedTwice_IsRefusedNamingTheAppFile()
    {
        var folder = PackInputs.BrokenCopy(LayoutFiles.App, app => app.Descendants("AppModuleComponents").Single().Add(new XElement("AppModuleComponent", new XAttribute("type", "1"), new XAttribute("schemaName", "lead"))));

        var failure = Duplicate(folder, "app component");

        Assert.StartsWith("app fcm_FunnelPerformance (" + LayoutFiles.App + " line ", failure.Component, StringComparison.Ordinal);
        Assert.Contains("'1 lead'", failure.Problem);
    }

    [Fact]
    public void Pack_TwoDeclaredStepsWithOneId_IsRefusedNamingBothSteps()
    {
        var options = new PackOptions(Crm.Tests.Support.RepositoryPaths.Solution, null, PackInputs.Deployables.Append(PackInputs.FixtureAssembly).ToList()) { OutputDirectory = PackInputs.FreshFolder() };

        var failures = SolutionVerifier.Verify(options);

        Assert.Contains(failures, f => f.Component.StartsWith("step 'FunnelCrm.Packaging.Tests.Fixtures.ReusedStepIdPlugin: Create of lead'", StringComparison.Ordinal)
            && f.Problem.Contains("step id '{0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b21}' is also that of step 'FunnelCrm.Packaging.Tests.Fixtures.AsyncPreOperationPlugin: Update of lead'"));
    }
}
