using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Pipeline;

public class StageTests
{
    [Fact]
    public void Create_StepsInAllStages_RunInStageOrderWithTransactionFlags()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "lead", PipelineStage.PostOperation, "post"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "lead", PipelineStage.PreValidation, "validation"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "lead", PipelineStage.PreOperation, "pre"));

        var id = Fixture.CreateLead(organization.CreateService());

        var seen = Observations.For(organization);
        Assert.Equal(new[] { "validation", "pre", "post" }, seen.Select(o => o.Probe));
        Assert.Equal(new[] { false, true, true }, seen.Select(o => o.IsInTransaction));
        Assert.All(seen, o => Assert.Equal(1, o.Depth));
        Assert.Equal(id, seen.Last().PrimaryEntityId);
    }

    [Fact]
    public void Steps_SameStage_RunInRankOrder()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "lead", PipelineStage.PostOperation, "second", rank: 2));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "lead", PipelineStage.PostOperation, "first", rank: 1));

        Fixture.CreateLead(organization.CreateService());

        Assert.Equal(new[] { "first", "second" }, Observations.For(organization).Select(o => o.Probe));
    }

    [Fact]
    public void PreOperation_TargetChanged_ChangeIsSaved()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<SetTargetPlugin>("Create", "lead", PipelineStage.PreOperation, "description=set by pre-operation"));
        var service = organization.CreateService();

        var id = Fixture.CreateLead(service);

        Assert.Equal("set by pre-operation", service.Retrieve("lead", id, new ColumnSet("description")).GetAttributeValue<string>("description"));
    }

    [Fact]
    public void Update_TargetAndImages_HoldSentColumnsAndRegisteredColumnsOnly()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var id = service.Create(new Entity("lead") { ["lastname"] = "Smith", ["firstname"] = "Jo", ["need"] = new OptionSetValue(1) });
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "Update", "lead", PipelineStage.PostOperation)
        {
            UnsecureConfiguration = "images",
            Images = new[] { new ImageRegistration("image", StepImageType.Both, "need", "firstname") },
        });

        service.Update(new Entity("lead", id) { ["need"] = new OptionSetValue(0) });

        var seen = Observations.For(organization).Single();
        Assert.Equal(new[] { "need" }, seen.Target.Keys.Where(k => k != "leadid"));
        Assert.Equal(new[] { "firstname", "need" }, seen.PreImages["image"].Keys.OrderBy(k => k));
        Assert.Equal(1, ((OptionSetValue)seen.PreImages["image"]["need"]!).Value);
        Assert.Equal(0, ((OptionSetValue)seen.PostImages["image"]["need"]!).Value);
    }

    [Fact]
    public void Update_FilteringAttributesNotSent_StepDoesNotRun()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var id = Fixture.CreateLead(service);
        organization.RegisterPlugin<DeclaredLeadPlugin>();

        service.Update(new Entity("lead", id) { ["firstname"] = "Jo" });
        service.Update(new Entity("lead", id) { ["need"] = new OptionSetValue(2) });

        Assert.Single(Observations.For(organization), o => o.Message == "Update");
    }

    [Fact]
    public void Update_StateWithoutStatus_TakesTheStatesDefaultStatus()
    {
        var service = Fixture.NewOrganization().CreateService();
        var id = Fixture.CreateLead(service);

        service.Update(new Entity("lead", id) { ["statecode"] = new OptionSetValue(2) });

        Assert.Equal(4, service.Retrieve("lead", id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void SharedVariables_SetInPreValidation_ReachLaterStagesThroughParentContext()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "lead", PipelineStage.PreValidation, "validation"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "lead", PipelineStage.PreOperation, "pre"));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "lead", PipelineStage.PostOperation, "post"));

        Fixture.CreateLead(organization.CreateService());

        var post = Observations.For(organization).Single(o => o.Probe == "post");
        Assert.Equal(20, post.SharedVariables["seen-by-pre"]);
        Assert.False(post.SharedVariables.ContainsKey("seen-by-validation"));
        Assert.Equal(10, post.ParentSharedVariables!["seen-by-validation"]);
    }

    [Fact]
    public void Plugin_WithConfigurationConstructor_CreatedOncePerStepAndReused()
    {
        var organization = Fixture.NewOrganization();
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "Create", "lead", PipelineStage.PostOperation) { UnsecureConfiguration = "cached", SecureConfiguration = "secret" });
        var service = organization.CreateService();

        Fixture.CreateLead(service);
        Fixture.CreateLead(service);

        var seen = Observations.For(organization);
        Assert.Equal(2, seen.Count);
        Assert.Equal(seen[0].InstanceId, seen[1].InstanceId);
        Assert.All(seen, o => Assert.Equal("cached", o.Probe));
    }

    [Fact]
    public void NestedCall_FromPlugin_RunsAtDepthTwoWithParentContextAndInitiatingUser()
    {
        var organization = Fixture.NewOrganization();
        organization.Roles.Add(new FunnelCrm.Emulator.Security.SecurityRole(System.Guid.NewGuid(), "Account Maker").Grant("prvCreateAccount"));
        var rep = organization.AddUser("Rep", "Account Maker");
        organization.RegisterStep(Fixture.Step<CreateContactPlugin>("Create", "account", PipelineStage.PostOperation));
        organization.RegisterStep(Fixture.Step<ProbePlugin>("Create", "contact", PipelineStage.PreValidation, "nested"));

        organization.CreateService(rep).Create(new Entity("account") { ["name"] = "Contoso" });

        var nested = Observations.For(organization).Single();
        Assert.Equal(2, nested.Depth);
        Assert.True(nested.IsInTransaction);
        Assert.Equal("Create", nested.ParentMessage);
        Assert.Equal(organization.SystemUserId, nested.UserId);
        Assert.Equal(rep, nested.InitiatingUserId);
    }
}
