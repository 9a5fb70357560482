using System;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Registrations;
using FunnelCrm.Packaging.Tests.Fixtures;
using FunnelCrm.Packaging.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Registrations;

public class RegistrationXmlTests
{
    private static readonly DeployableAssembly Fixture = DeployableAssembly.Read(PackInputs.FixtureAssembly);
    private static readonly GeneratedRegistrations Generated = RegistrationXml.Generate(new[] { Fixture });

    private static XElement StepOf(string id) =>
        Generated.Steps.Single(s => s.Attribute("SdkMessageProcessingStepId")!.Value == "{" + id + "}");

    [Fact]
    public void Generate_DeclaredStep_CarriesMessageTableStageModeRankFilteringAttributesAndImage()
    {
        var step = StepOf(InheritedStepPlugin.StepId);

        Assert.Equal("lead", step.Element("PrimaryEntity")!.Value);
        Assert.Equal("{20bebb1b-ea3e-db11-86a7-000a3a5473e8}", step.Element("SdkMessageId")!.Value);
        Assert.Equal(("20", "0", "3"), (step.Element("Stage")!.Value, step.Element("Mode")!.Value, step.Element("Rank")!.Value));
        Assert.Equal("fcm_score,budgetamount", step.Element("FilteringAttributes")!.Value);
        Assert.Equal(Fixture.Identity.QualifiedNameOf(typeof(InheritedStepPlugin).FullName!), step.Element("PluginTypeName")!.Value);
        var image = step.Descendants("SdkMessageProcessingStepImage").Single();
        Assert.Equal(("{" + InheritedStepPlugin.ImageId + "}", "fcm_score", "PreImage", "0", "Target"),
            (image.Element("SdkMessageProcessingStepImageId")!.Value, image.Element("Attributes")!.Value, image.Element("EntityAlias")!.Value, image.Element("ImageType")!.Value, image.Element("MessagePropertyName")!.Value));
    }

    [Fact]
    public void Generate_StepWithoutImages_IsShapedAsExportsWriteIt()
    {
        var step = StepOf("0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b31");

        Assert.Equal("1", step.Element("InvocationSource")!.Value);
        var images = step.Elements().Last();
        Assert.Equal("SdkMessageProcessingStepImages", images.Name.LocalName);
        Assert.True(images.IsEmpty);
    }

    [Fact]
    public void Generate_PluginTypeIds_AreNameBasedForPluginsAndDeclaredForActivities()
    {
        var types = Generated.Assemblies.Single().Descendants("PluginType").ToDictionary(t => t.Attribute("Name")!.Value);

        var plugin = types[typeof(InheritedStepPlugin).FullName!];
        var activity = types[typeof(InheritedActivity).FullName!];

        Assert.Equal(StableIds.ForPluginType(typeof(InheritedStepPlugin).FullName!).ToString(), plugin.Attribute("PluginTypeId")!.Value);
        Assert.Equal(plugin.Attribute("PluginTypeId")!.Value, StepOf(InheritedStepPlugin.StepId).Element("PluginTypeId")!.Value);
        Assert.Null(plugin.Element("WorkflowActivityGroupName"));
        Assert.Equal(InheritedActivity.ActivityId, activity.Attribute("PluginTypeId")!.Value);
        Assert.Equal(("Fixture activity", "Fixtures"), (activity.Element("FriendlyName")!.Value, activity.Element("WorkflowActivityGroupName")!.Value));
    }

    [Fact]
    public void Generate_Assembly_GoesUnderPluginAssembliesWithItsIdAndIsARootComponent()
    {
        var assembly = Generated.Assemblies.Single();
        var id = Guid.Parse(assembly.Attribute("PluginAssemblyId")!.Value);

        Assert.Equal("/PluginAssemblies/FunnelCrmPackagingTests-" + id.ToString().ToUpperInvariant() + "/FunnelCrmPackagingTests.dll", assembly.Element("FileName")!.Value);
        Assert.Equal(PackInputs.FixtureAssembly, Generated.Files[assembly.Element("FileName")!.Value.TrimStart('/')]);
        Assert.Contains(Generated.RootComponents, r => r.Attribute("type")!.Value == "91" && r.Attribute("schemaName")!.Value == Fixture.Identity.FullName);
        Assert.Equal(Generated.Steps.Count, Generated.RootComponents.Count(r => r.Attribute("type")!.Value == "92"));
    }

    [Fact]
    public void StableIds_SameName_GivesTheSameVersion5UuidAndDifferentNamesDiffer()
    {
        var first = StableIds.ForPluginType("FunnelCrm.Plugins.Scoring.ActivityScoringPlugin");

        Assert.Equal(first, StableIds.ForPluginType("FunnelCrm.Plugins.Scoring.ActivityScoringPlugin"));
        Assert.NotEqual(first, StableIds.ForPluginType("FunnelCrm.Plugins.Scoring.LeadProfilePlugin"));
        Assert.Equal('5', first.ToString()[14]);
        Assert.Contains(first.ToString()[19], "89ab");
    }
}
