using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Stages;

public class LeadIntakeTests
{
    [Fact]
    public void LeadCreate_WithEmail_EntersFunnelAsKnownAndRecordsFirstTransition()
    {
        var crm = new FunnelOrganization();

        var leadId = crm.CreateLead();

        var lead = crm.Lead(leadId);
        Assert.Equal(FunnelStageOption.Known, lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value);
        Assert.Equal(StageTriggerOption.Created, lead.GetAttributeValue<OptionSetValue>(LeadColumns.StageTrigger).Value);
        var transition = Assert.Single(crm.Transitions(leadId));
        Assert.Null(transition.GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage));
        Assert.Equal(FunnelStageOption.Known, transition.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value);
        Assert.True(transition.GetAttributeValue<bool>(StageTransitionColumns.IsNetNew));
    }

    [Fact]
    public void LeadCreate_WithoutEmail_HasNoStageUntilAnEmailArrives()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead(email: null);

        Assert.Null(crm.Stage(leadId));
        Assert.Empty(crm.Transitions(leadId));

        crm.System.Update(new Entity(Tables.Lead, leadId) { ["emailaddress1"] = "late@contoso.example" });

        Assert.Equal(FunnelStageOption.Known, crm.Stage(leadId));
        Assert.Single(crm.Transitions(leadId));
    }

    [Fact]
    public void LeadCreate_FromAnInteraction_EntersTheFunnelAsEngagedWithOneTransition()
    {
        var crm = new FunnelOrganization();

        var leadId = crm.CreateLead(configure: lead => lead[LeadColumns.StageTrigger] = new OptionSetValue(StageTriggerOption.Interaction));

        Assert.Equal(FunnelStageOption.Engaged, crm.Stage(leadId));
        var first = Assert.Single(crm.Transitions(leadId));
        Assert.Null(first.GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage));
        Assert.Equal(FunnelStageOption.Engaged, first.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value);
        Assert.Equal(StageTriggerOption.Interaction, first.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
        Assert.True(first.GetAttributeValue<bool>(StageTransitionColumns.IsNetNew));
    }

    [Fact]
    public void LeadCreate_FromAnInteractionWithoutEmail_StaysOutsideTheFunnel()
    {
        var crm = new FunnelOrganization();

        var leadId = crm.CreateLead(email: null, configure: lead => lead[LeadColumns.StageTrigger] = new OptionSetValue(StageTriggerOption.Interaction));

        Assert.Null(crm.Stage(leadId));
        Assert.Empty(crm.Transitions(leadId));
    }

    [Fact]
    public void LeadCreate_ScoresProfileIntoFitAndGrade()
    {
        var crm = new FunnelOrganization();

        var leadId = crm.CreateLead(configure: l => { l[LeadColumns.TargetAccount] = true; l["numberofemployees"] = 800; });

        var lead = crm.Lead(leadId);
        Assert.True(lead.GetAttributeValue<int>(LeadColumns.FitScore) >= 40);
        Assert.Equal(GradeOption.A, lead.GetAttributeValue<OptionSetValue>(LeadColumns.Grade).Value);
        Assert.Contains("Target account", lead.GetAttributeValue<string>(LeadColumns.ScoreExplanation));
        Assert.Equal(1, crm.Transitions(leadId).Count(t => t.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value == FunnelStageOption.Known));
    }
}
