using System;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Checks;

public class RibbonCheckTests
{
    private const string LeadRibbon = "Entities/Lead/RibbonDiff.xml";

    private static string[] Failures(string folder) => SolutionVerifier.Verify(PackInputs.Real(folder)).Select(f => f.ToString()).ToArray();

    [Fact]
    public void Pack_RibbonWithAnElementTheSchemaLacks_IsRefusedNamingTheTableAndRibbonCore()
    {
        var folder = PackInputs.BrokenCopy(LeadRibbon, ribbon => ribbon.Element("CommandDefinitions")!.Element("CommandDefinition")!.Add(new XElement("Shortcut")));

        Assert.Contains(Failures(folder), f => f.StartsWith("table lead", StringComparison.Ordinal) && f.Contains("not valid against RibbonCore.xsd") && f.Contains("Shortcut"));
    }

    [Fact]
    public void Pack_ButtonRunningAnUndefinedCommand_IsRefused()
    {
        var folder = PackInputs.BrokenCopy(LeadRibbon, ribbon => ribbon.Descendants("Button").First().SetAttributeValue("Command", "fcm.lead.Nothing.Command"));

        Assert.Contains(Failures(folder), f => f.Contains("the button 'fcm.lead.Accept.Form.Button' runs the command 'fcm.lead.Nothing.Command', which no CommandDefinition defines."));
    }

    [Fact]
    public void Pack_RuleOrLabelThatIsNotDefined_IsRefused()
    {
        var folder = PackInputs.BrokenCopy(LeadRibbon, ribbon =>
        {
            ribbon.Descendants("EnableRule").First(r => r.Attribute("Id")!.Value == "fcm.lead.CanAccept.EnableRule" && r.Parent!.Name == "EnableRules" && r.Ancestors("RuleDefinitions").Any()).Remove();
            ribbon.Descendants("LocLabel").First().Remove();
        });

        var failures = Failures(folder);

        Assert.Contains(failures, f => f.Contains("the command 'fcm.lead.Accept.Form.Command' names the enable rule 'fcm.lead.CanAccept.EnableRule', which is not defined."));
        Assert.Contains(failures, f => f.Contains("it names the label 'fcm.lead.Accept.LabelText', which no LocLabel defines."));
    }

    [Fact]
    public void Pack_RibbonAndFormLoadingAScriptTheSolutionLacks_AreRefused()
    {
        var folder = PackInputs.BrokenCopy(copy =>
        {
            PackInputs.Edit(copy, LeadRibbon, ribbon => ribbon.Descendants("JavaScriptFunction").First().SetAttributeValue("Library", "$webresource:fcm_/scripts/missing.js"));
            PackInputs.Edit(copy, "Entities/Lead/FormXml/main/{f2a3481b-fd2f-5f41-bdf6-26a80dc82d1c}.xml", forms => forms.Descendants("Library").Single().SetAttributeValue("name", "fcm_/scripts/gone.js"));
        });

        var failures = Failures(folder);

        Assert.Contains(failures, f => f.Contains("it loads '$webresource:fcm_/scripts/missing.js', which is not a web resource of the solution."));
        Assert.Contains(failures, f => f.StartsWith("form 'Lead (FunnelCrm)'", StringComparison.Ordinal) && f.Contains("it loads the script 'fcm_/scripts/gone.js', which is not a web resource of the solution."));
    }
}
