using System;
using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Tests.TestPlugins;

namespace FunnelCrm.Emulator.Tests.Pipeline;

public class StepRulesTests
{
    private static StepRegistrationException Refuse(StepRegistration step) =>
        Assert.Throws<StepRegistrationException>(() => Fixture.NewOrganization().RegisterStep(step));

    [Fact]
    public void Register_AsyncPreOperation_RefusedNamingTheStageRule()
    {
        var step = new StepRegistration(typeof(ProbePlugin), "Update", "lead", PipelineStage.PreOperation) { Mode = StepMode.Asynchronous };

        var refusal = Refuse(step);

        Assert.Equal("An asynchronous step must be registered in the post-operation stage (40), not in stage 20.", refusal.Refusals.Single());
    }

    [Fact]
    public void Register_PreImageOnCreate_Refused()
    {
        var step = new StepRegistration(typeof(ProbePlugin), "Create", "lead", PipelineStage.PostOperation) { Images = new[] { new ImageRegistration("pre", StepImageType.PreImage) } };

        var refusal = Refuse(step);

        Assert.Equal("A pre-image is not available on the Create message: the row does not exist before it.", refusal.Refusals.Single());
    }

    [Fact]
    public void Register_PostImageInPreOperation_Refused()
    {
        var step = new StepRegistration(typeof(ProbePlugin), "Update", "lead", PipelineStage.PreOperation) { Images = new[] { new ImageRegistration("post", StepImageType.PostImage) } };

        var refusal = Refuse(step);

        Assert.Equal("A post-image is available only in the post-operation stage (40), not in stage 20.", refusal.Refusals.Single());
    }

    [Fact]
    public void Register_PostImageOnDelete_Refused()
    {
        var step = new StepRegistration(typeof(ProbePlugin), "Delete", "lead", PipelineStage.PostOperation) { Images = new[] { new ImageRegistration("both", StepImageType.Both) } };

        var refusal = Refuse(step);

        Assert.Equal("A post-image is not available on the Delete message: the row no longer exists after it.", refusal.Refusals.Single());
    }

    [Theory]
    [InlineData("QualifyLead", "lead")]
    [InlineData("WinOpportunity", "opportunity")]
    [InlineData("LoseOpportunity", "opportunity")]
    public void Register_ImageOnMessageWithoutImages_Refused(string message, string table)
    {
        var step = new StepRegistration(typeof(ProbePlugin), message, table, PipelineStage.PostOperation) { Images = new[] { new ImageRegistration("pre", StepImageType.PreImage) } };

        var refusal = Refuse(step);

        Assert.Equal($"The {message} message does not support entity images.", refusal.Refusals.Single());
    }

    [Fact]
    public void Register_FilteringAttributesOnCreate_Refused()
    {
        var step = new StepRegistration(typeof(ProbePlugin), "Create", "lead", PipelineStage.PostOperation) { FilteringAttributes = new[] { "need" } };

        var refusal = Refuse(step);

        Assert.Equal("Filtering attributes apply only to the Update message, not to Create.", refusal.Refusals.Single());
    }

    [Fact]
    public void Register_TypeThatIsNotAPlugin_Refused()
    {
        var step = new StepRegistration(typeof(string), "Create", "lead", PipelineStage.PostOperation);

        var refusal = Refuse(step);

        Assert.Equal("System.String does not implement IPlugin.", refusal.Refusals.Single());
    }

    [Fact]
    public void Check_DeclaredAttributes_SameRulesForThePacker()
    {
        var step = new PluginStepAttribute(Guid.NewGuid().ToString(), "Create", "lead", PipelineStage.PreValidation) { Mode = StepMode.Asynchronous };
        var image = new StepImageAttribute(step.Id, "pre", StepImageType.PreImage);

        var refusals = StepRules.Check(step, new[] { image });

        Assert.Equal(2, refusals.Count);
    }

    [Fact]
    public void RegisterPlugin_DeclaredSteps_RegistersBothWithImagesAndFilters()
    {
        var organization = Fixture.NewOrganization();

        var steps = organization.RegisterPlugin<DeclaredLeadPlugin>();

        var update = steps.Single(s => s.Message == "Update");
        Assert.Equal(new Guid("6f1d2a30-0000-4000-8000-000000000001"), update.Id);
        Assert.Equal(new[] { "budgetamount", "need" }, update.FilteringAttributes);
        Assert.Equal(new[] { "budgetamount", "need" }, update.Images.Single().Attributes);
        Assert.Equal(2, steps.Single(s => s.Message == "Create").Rank);
    }

    [Fact]
    public void RegisterPlugin_DeclaredAsyncPreOperation_Refused()
    {
        var refusal = Assert.Throws<StepRegistrationException>(() => Fixture.NewOrganization().RegisterPlugin<AsyncPreOperationPlugin>());

        Assert.Contains("An asynchronous step must be registered in the post-operation stage (40)", refusal.Message);
    }

    [Fact]
    public void RegisterPlugin_ImageForUndeclaredStep_Refused()
    {
        var refusal = Assert.Throws<StepRegistrationException>(() => Fixture.NewOrganization().RegisterPlugin<OrphanImagePlugin>());

        Assert.Contains("names step 6f1d2a30-0000-4000-8000-000000000099", refusal.Message);
    }
}
