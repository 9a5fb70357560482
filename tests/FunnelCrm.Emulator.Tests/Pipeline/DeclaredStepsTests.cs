using System.Linq;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.Pipeline;

public class DeclaredStepsTests
{
    [Fact]
    public void RegisterDeclaredSteps_AssemblyWithRefusedDeclarations_RegistersNothingAndNamesEachRefusal()
    {
        var organization = Fixture.NewOrganization();

        var refusal = Assert.Throws<StepRegistrationException>(() => organization.RegisterDeclaredSteps(typeof(DeclaredLeadPlugin).Assembly));

        Assert.Contains(refusal.Refusals, r => r.Contains("AsyncPreOperationPlugin") && r.Contains("post-operation stage (40)"));
        Assert.Contains(refusal.Refusals, r => r.Contains("OrphanImagePlugin"));
        Assert.Empty(organization.RegisteredSteps);
    }

    [Fact]
    public void DeclaredCreateStep_PostImage_HoldsTheSavedRow()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterPlugin<DeclaredLeadPlugin>();

        var id = Fixture.CreateLead(organization.CreateService());

        var seen = Observations.For(organization).Single();
        Assert.Equal(id, seen.PostImages["post"]["leadid"]);
        Assert.Equal("Smith", seen.PostImages["post"]["lastname"]);
        Assert.True(seen.PostImages["post"].ContainsKey("createdon"));
        Assert.Empty(seen.PreImages);
    }

    [Fact]
    public void DeleteStep_PreImage_HoldsTheRowBeforeDeletion()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var id = Fixture.CreateLead(service);
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "Delete", "lead", Crm.Registration.PipelineStage.PreOperation)
        {
            UnsecureConfiguration = "delete",
            Images = new[] { new ImageRegistration("before", Crm.Registration.StepImageType.PreImage, "lastname") },
        });

        service.Delete("lead", id);

        var seen = Observations.For(organization).Single();
        Assert.Equal(new[] { "lastname" }, seen.PreImages["before"].Keys);
        Assert.Equal(id, seen.PrimaryEntityId);
    }
}
