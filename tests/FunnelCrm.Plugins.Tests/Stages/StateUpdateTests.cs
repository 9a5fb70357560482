using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Handoffs;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Stages;

/// <summary>
/// One save that changes statecode with other columns runs the Update steps once or twice (variant S): every step
/// gives the same result either way.
/// </summary>
public class StateUpdateTests
{
    private static FunnelOrganization Crm(StateUpdateSteps steps) => new(platform: SuitePlatform.Current with { StateUpdate = steps });

    private static void AssertLedgerIsAChain(FunnelOrganization crm, System.Guid leadId)
    {
        var rows = crm.Transitions(leadId);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.Equal(To(rows[i - 1]), rows[i].GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage)?.Value);
        }

        Assert.Equal(To(rows.Last()), crm.Stage(leadId));
    }

    [Theory]
    [InlineData(StateUpdateSteps.Twice)]
    [InlineData(StateUpdateSteps.Once)]
    public void RejectAndDisqualifyInOneSave_EndsDisqualifiedWithALedgerThatAgreesWithTheLead(StateUpdateSteps steps)
    {
        var crm = Crm(steps);
        var leadId = Mql(crm);
        var save = Move(leadId, FunnelStageOption.Recycled, StageTriggerOption.Rejected, "Not a fit");
        save[LeadColumns.RejectionReason] = new OptionSetValue(RejectionReasonOption.NoBudget);
        save[LeadStandardColumns.StateCode] = new OptionSetValue(LeadStatePlugin.Disqualified);
        save[LeadStandardColumns.StatusCode] = new OptionSetValue(6);

        crm.System.Update(save);

        Assert.Equal(FunnelStageOption.Disqualified, crm.Stage(leadId));
        Assert.Equal(LeadStatePlugin.Disqualified, crm.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
        AssertLedgerIsAChain(crm, leadId);
    }

    [Theory]
    [InlineData(StateUpdateSteps.Twice)]
    [InlineData(StateUpdateSteps.Once)]
    public void CompletingACallAndLinkingItToTheLeadInOneSave_ScoresItOnce(StateUpdateSteps steps)
    {
        var crm = Crm(steps);
        var leadId = crm.CreateLead();
        var call = crm.System.Create(new Entity(Tables.PhoneCall) { ["subject"] = "Called about pricing", [ActivityStandardColumns.DirectionCode] = false });

        crm.System.Update(new Entity(Tables.PhoneCall, call)
        {
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
            [ActivityStandardColumns.StatusCode] = new OptionSetValue(2),
        });

        Assert.Equal(15, crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score));
        Assert.Equal(15m, crm.Activity(Tables.PhoneCall, call).GetAttributeValue<decimal>(ActivityStampColumns.Points));
    }

    [Theory]
    [InlineData(StateUpdateSteps.Twice)]
    [InlineData(StateUpdateSteps.Once)]
    public void ReopeningAWonOpportunityWithANewEstimateInOneSave_RecordsOneReopen(StateUpdateSteps steps)
    {
        var crm = Crm(steps);
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);
        Win(crm, opportunityId, 10000m);
        var rows = crm.Transitions(leadId).Count;

        crm.System.Update(new Entity(Tables.Opportunity, opportunityId)
        {
            ["estimatedvalue"] = new Money(15000m),
            [OpportunityStandardColumns.StateCode] = new OptionSetValue(0),
            [OpportunityStandardColumns.StatusCode] = new OptionSetValue(2),
        });

        Assert.Equal(rows + 1, crm.Transitions(leadId).Count);
        Assert.Equal(StageTriggerOption.OpportunityReopened, Trigger(LastTransition(crm, leadId)));
    }

    [Theory]
    [InlineData(StateUpdateSteps.Twice)]
    [InlineData(StateUpdateSteps.Once)]
    public void ReactivatingWithANewJobTitleInOneSave_ReturnsOnceToTheStageItLeft(StateUpdateSteps steps)
    {
        var crm = Crm(steps);
        var leadId = Sal(crm);
        UpdateState(crm, Tables.Lead, leadId, LeadStatePlugin.Disqualified, 6);
        var rows = crm.Transitions(leadId).Count;

        crm.System.Update(new Entity(Tables.Lead, leadId)
        {
            ["jobtitle"] = "Head of Sales",
            [LeadStandardColumns.StateCode] = new OptionSetValue(LeadStatePlugin.Open),
            [LeadStandardColumns.StatusCode] = new OptionSetValue(1),
        });

        Assert.Equal(rows + 1, crm.Transitions(leadId).Count);
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
        AssertLedgerIsAChain(crm, leadId);
    }
}
