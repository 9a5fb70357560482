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

        Assert.Equal("A pre-image is not available on the Create message: the row does not exist before it. (Dataverse: SdkMessageInvalidImageTypeRegistration, 0x8004416D)", refusal.Refusals.Single());
    }

    [Fact]
    public void Register_PostImageInPreOperation_Refused()
    {
        var step = new StepRegistration(typeof(ProbePlugin), "Update", "lead", PipelineStage.PreOperation) { Images = new[] { new ImageRegistration("post", StepImageType.PostImage) } };

        var refusal = Refuse(step);

        Assert.Equal("A post-image is available only in the post-operation stage (40), not in stage 20. (Dataverse: SdkMessageDoesNotSupportPostImageRegistration, 0x8004416E)", refusal.Refusals.Single());
    }

    [Fact]
    public void Register_PostImageOnDelete_Refused()
    {
        var step = new StepRegistration(typeof(ProbePlugin), "Delete", "lead", PipelineStage.PostOperation) { Images = new[] { new ImageRegistration("both", StepImageType.Both) } };

        var refusal = Refuse(step);

        Assert.Equal("A post-image is not available on the Delete message: the row no longer exists after it. (Dataverse: SdkMessageInvalidImageTypeRegistration, 0x8004416D)", refusal.Refusals.Single());
    }

    [Theory]
    [InlineData("QualifyLead", "lead")]
    [InlineData("Win", "opportunity")]
    [InlineData("Lose", "opportunity")]
    public void Register_ImageOnMessageWithoutImages_Refused(string message, string table)
    {
        var step = new StepRegistration(typeof(ProbePlugin), message, table, PipelineStage.PostOperation) { Images = new[] { new ImageRegistration("pre", StepImageType.PreImage) } };

        var refusal = Refuse(step);

        Assert.Equal($"The {message} message does not support entity images. (Dataverse: SdkMessageDoesNotSupportImageRegistration, 0x80044189)", refusal.Refusals.Single());
    }

    [Theory]
    [InlineData("SetState", "lead", "Target")]
    [InlineData("Update", "lead", "EntityMoniker")]
    [InlineData("Create", "lead", "Target")]
    public void Register_ImageTakenFromAPropertyTheMessageDoesNotCarry_Refused(string message, string table, string property)
    {
        var step = new StepRegistration(typeof(ProbePlugin), message, table, PipelineStage.PostOperation)
        {
            Images = new[] { new ImageRegistration("post", StepImageType.PostImage) { MessagePropertyName = property } },
        };

        var refusal = Refuse(step);

        Assert.Equal($"An image of the {message} message is taken from {string.Join(" or ", StepRules.ImageProperties[message])}, not from '{property}'. (Dataverse: SdkInvalidMessagePropertyName, 0x8004416B)", refusal.Refusals.Single());
    }

    [Theory]
    [InlineData("Merge", "opportunity", "The Merge message is not available for the table 'opportunity': only for account, contact, lead, incident. (Dataverse: SdkCustomProcessingStepIsNotAllowed, 0x80044187)")]
    [InlineData("QualifyLead", "contact", "The QualifyLead message is not available for the table 'contact': only for lead. (Dataverse: SdkCustomProcessingStepIsNotAllowed, 0x80044187)")]
    [InlineData("Assign", "transactioncurrency", "The Assign message is not available for 'transactioncurrency': the table is not owned by users or teams. (Dataverse: SdkCustomProcessingStepIsNotAllowed, 0x80044187)")]
    [InlineData("SetState", "activityparty", "The SetState message is not available for 'activityparty': the table has no state. (Dataverse: SdkCustomProcessingStepIsNotAllowed, 0x80044187)")]
    [InlineData("Update", "fcm_nosuchtable", "The organization has no table 'fcm_nosuchtable' to register a Update step on.")]
    public void Register_StepOnAMessageTheTableDoesNotSupport_Refused(string message, string table, string expected)
    {
        var step = new StepRegistration(typeof(ProbePlugin), message, table, PipelineStage.PostOperation);

        var refusal = Refuse(step);

        Assert.Equal(expected, refusal.Refusals.Single());
    }

    [Fact]
    public void SetStateImage_TakenFromEntityMoniker_HoldsTheRowBeforeTheChange()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var lead = Fixture.CreateLead(service);
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "SetState", "lead", PipelineStage.PostOperation)
        {
            UnsecureConfiguration = "setstate", Images = new[] { new ImageRegistration("before", StepImageType.PreImage, "statecode", "lastname") },
        });

        service.Execute(new Microsoft.Crm.Sdk.Messages.SetStateRequest { EntityMoniker = new Microsoft.Xrm.Sdk.EntityReference("lead", lead), State = new Microsoft.Xrm.Sdk.OptionSetValue(2), Status = new Microsoft.Xrm.Sdk.OptionSetValue(6) });

        var image = Observations.For(organization).Single().PreImages["before"];
        Assert.Equal(0, ((Microsoft.Xrm.Sdk.OptionSetValue)image["statecode"]!).Value);
        Assert.Equal("Smith", image["lastname"]);
    }

    [Fact]
    public void MergeImage_TakenFromSubordinateId_HoldsTheSubordinate()
    {
        var organization = Fixture.NewOrganization();
        var service = organization.CreateService();
        var master = Fixture.CreateLead(service, "Master");
        var subordinate = Fixture.CreateLead(service, "Duplicate");
        organization.RegisterStep(new StepRegistration(typeof(ProbePlugin), "Merge", "lead", PipelineStage.PostOperation)
        {
            UnsecureConfiguration = "merge",
            Images = new[]
            {
                new ImageRegistration("master", StepImageType.PreImage, "lastname"),
                new ImageRegistration("subordinate", StepImageType.Both, "lastname", "merged") { MessagePropertyName = "SubordinateId" },
            },
        });

        service.Execute(new Microsoft.Crm.Sdk.Messages.MergeRequest { Target = new Microsoft.Xrm.Sdk.EntityReference("lead", master), SubordinateId = subordinate, UpdateContent = new Microsoft.Xrm.Sdk.Entity("lead"), PerformParentingChecks = false });

        var seen = Observations.For(organization).Single();
        Assert.Equal("Master", seen.PreImages["master"]["lastname"]);
        Assert.Equal("Duplicate", seen.PreImages["subordinate"]["lastname"]);
        Assert.Equal(true, seen.PostImages["subordinate"]["merged"]);
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
