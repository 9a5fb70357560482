using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Tests.Fixtures;
using FunnelCrm.Packaging.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Assemblies;

public class DeployableAssemblyTests
{
    private static readonly DeployableAssembly Fixture = DeployableAssembly.Read(PackInputs.FixtureAssembly);

    [Fact]
    public void Read_FixtureAssembly_FindsPluginsAndActivitiesThroughTheirBaseClassesOnly()
    {
        var types = Fixture.Types.ToDictionary(t => t.FullName, t => t.Kind);

        Assert.Equal(RegistrableKind.Plugin, types[typeof(InheritedStepPlugin).FullName!]);
        Assert.Equal(RegistrableKind.Plugin, types[typeof(UndeclaredPlugin).FullName!]);
        Assert.Equal(RegistrableKind.WorkflowActivity, types[typeof(InheritedActivity).FullName!]);
        Assert.DoesNotContain(typeof(FixturePluginBase).FullName!, types.Keys);
        Assert.DoesNotContain(typeof(FixtureActivityBase).FullName!, types.Keys);
        Assert.DoesNotContain(typeof(DeployableAssemblyTests).FullName!, types.Keys);
    }

    [Fact]
    public void Read_StepDeclaration_DecodesConstructorArgumentsNamedArgumentsEnumsAndStringArrays()
    {
        var plugin = Fixture.Types.Single(t => t.FullName == typeof(InheritedStepPlugin).FullName);

        var step = Assert.Single(plugin.Steps);
        Assert.Equal((InheritedStepPlugin.StepId, "Update", "lead", PipelineStage.PreOperation), (step.Id, step.Message, step.Table, step.Stage));
        Assert.Equal((StepMode.Synchronous, 3, "Fixture step"), (step.Mode, step.Rank, step.Description));
        Assert.Equal(new[] { "fcm_score", "budgetamount" }, step.FilteringAttributes);
        var image = Assert.Single(plugin.Images);
        Assert.Equal((InheritedStepPlugin.StepId, "PreImage", StepImageType.PreImage, InheritedStepPlugin.ImageId), (image.StepId, image.Alias, image.ImageType, image.Id));
        Assert.Equal(new[] { "fcm_score" }, image.Attributes);
        Assert.Equal(StepMode.Asynchronous, Fixture.Types.Single(t => t.FullName == typeof(AsyncPreOperationPlugin).FullName).Steps.Single().Mode);
    }

    [Fact]
    public void Read_ActivityDeclaration_DecodesIdNameGroupAndDescription()
    {
        var activity = Fixture.Types.Single(t => t.FullName == typeof(InheritedActivity).FullName).Activity!;

        Assert.Equal((InheritedActivity.ActivityId, "Fixture activity", "Fixtures", "An activity through a base class"), (activity.Id, activity.Name, activity.Group, activity.Description));
    }

    [Fact]
    public void Read_BuiltNet462Plugins_IdentityIsTheSignedVersion1FullNameAndPluginsDeriveFromPluginBase()
    {
        var plugins = DeployableAssembly.Read(PackInputs.Deployables[0]);

        Assert.Equal("FunnelCrm.Plugins", plugins.Identity.Name);
        Assert.Equal("1.0.0.0", plugins.Identity.Version.ToString());
        Assert.Equal("neutral", plugins.Identity.Culture);
        Assert.Matches("^[0-9a-f]{16}$", plugins.Identity.PublicKeyToken);
        Assert.Equal("FunnelCrm.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=" + plugins.Identity.PublicKeyToken, plugins.Identity.FullName);
        Assert.Contains(plugins.Types, t => t.FullName == "FunnelCrm.Plugins.Scoring.ActivityScoringPlugin" && t.Kind == RegistrableKind.Plugin && t.Steps.Count == 6);
        Assert.Empty(plugins.Problems);
    }
}
