using System;
using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Plugins.Handoffs;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Handoffs;

public class OpportunityOutcomeTests
{
    private static int Rows(FunnelOrganization crm, Guid leadId, int stage) => crm.Transitions(leadId).Count(row => To(row) == stage);

    private static PluginExecution OutcomeStep(FunnelOrganization crm) =>
        crm.Organization.Executions.Single(e => e.Handler.EndsWith(nameof(OpportunityOutcomePlugin), StringComparison.Ordinal) && e.Trace.Contains("Recorded"));

    [Fact]
    public void WinOpportunity_RecordsWonOnceForTheOriginatingLeadWithRevenue()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);

        Win(crm, opportunityId, 42000m);

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Won, To(row));
        Assert.Equal(StageTriggerOption.OpportunityWon, Trigger(row));
        Assert.Equal(42000m, row.GetAttributeValue<Money>(StageTransitionColumns.Revenue).Value);
        Assert.Equal(opportunityId, row.GetAttributeValue<EntityReference>(StageTransitionColumns.OpportunityId).Id);
        Assert.True(row.GetAttributeValue<bool>(StageTransitionColumns.IsNetNew));
        Assert.Equal(1, Rows(crm, leadId, FunnelStageOption.Won));
    }

    [Fact]
    public void LoseOpportunity_RecordsLostOnceWithTheStatusReasonAndTheCloseSubject()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);

        Lose(crm, opportunityId);

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Lost, To(row));
        Assert.Equal("Opportunity lost: Out-sold, Chose a rival", row.GetAttributeValue<string>(StageTransitionColumns.Reason).Split(" ('")[0]);
        Assert.Null(row.GetAttributeValue<Money>(StageTransitionColumns.Revenue));
        Assert.Equal(1, Rows(crm, leadId, FunnelStageOption.Lost));
    }

    [Fact]
    public void CloseFromTheForm_UpdateOfStateWithoutParentContext_RecordsWonOnceWithTheEstimatedRevenue()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId, estimatedValue: 30000m);
        crm.Organization.ResetDiagnostics();

        UpdateState(crm, Tables.Opportunity, opportunityId, 1, 3);

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Won, To(row));
        Assert.Equal(30000m, row.GetAttributeValue<Money>(StageTransitionColumns.Revenue).Value);
        Assert.Equal(1, Rows(crm, leadId, FunnelStageOption.Won));
        var step = OutcomeStep(crm);
        Assert.Equal("Update", step.Message);
        Assert.Equal(1, step.Depth);
    }

    [Fact]
    public void CloseBySetState_RecordsLostOnceWithTheStatusReason()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);

        SetState(crm, Tables.Opportunity, opportunityId, 2, 4);

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Lost, To(row));
        Assert.Equal(StageTriggerOption.OpportunityLost, Trigger(row));
        Assert.Equal("Opportunity lost: Canceled", row.GetAttributeValue<string>(StageTransitionColumns.Reason));
        Assert.Equal(1, Rows(crm, leadId, FunnelStageOption.Lost));
    }

    [Fact]
    public void CloseBySetStateDynamicEntity_RecordsWonOnce()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);
        crm.Organization.ResetDiagnostics();

        crm.System.Execute(new OrganizationRequest("SetStateDynamicEntity")
        {
            ["EntityMoniker"] = new EntityReference(Tables.Opportunity, opportunityId),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(3),
        });

        Assert.Equal(FunnelStageOption.Won, To(LastTransition(crm, leadId)));
        Assert.Equal(1, Rows(crm, leadId, FunnelStageOption.Won));
        var recorded = OutcomeStep(crm);
        Assert.Equal(("Update", 2), (recorded.Message, recorded.Depth));
        Assert.Contains(crm.Organization.Executions, e => e.Handler.EndsWith(nameof(OpportunityOutcomePlugin), StringComparison.Ordinal) && e.Message == "SetStateDynamicEntity");
    }

    [Fact]
    public void CloseByImport_OneUpdateWithStateAndColumns_RecordsWonOnceWithTheImportedRevenueAndDate()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);
        crm.System.Update(new Entity(Tables.Opportunity, opportunityId) { ["exchangerate"] = 1.25m });
        crm.Organization.Clock.Advance(TimeSpan.FromDays(30));
        var closedOn = crm.Now.AddDays(-2);

        crm.System.Update(new Entity(Tables.Opportunity, opportunityId)
        {
            ["name"] = "Imported deal",
            [OpportunityStandardColumns.ActualValue] = new Money(25000m),
            [OpportunityStandardColumns.ActualCloseDate] = closedOn,
            [OpportunityStandardColumns.StateCode] = new OptionSetValue(1),
            [OpportunityStandardColumns.StatusCode] = new OptionSetValue(3),
        });

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Won, To(row));
        Assert.Equal(20000m, row.GetAttributeValue<Money>(StageTransitionColumns.Revenue).Value);
        Assert.Equal(closedOn, row.GetAttributeValue<DateTime>(StageTransitionColumns.TransitionOn));
        Assert.EndsWith("('Imported deal')", row.GetAttributeValue<string>(StageTransitionColumns.Reason));
        Assert.Equal(1, Rows(crm, leadId, FunnelStageOption.Won));
    }

    [Fact]
    public void WinOpportunity_SeenByTwoStateChangeSteps_RecordsWonOnce()
    {
        var crm = new FunnelOrganization();
        crm.Organization.RegisterStep(new StepRegistration(typeof(OpportunityOutcomePlugin), "Update", Tables.Opportunity, PipelineStage.PostOperation)
        {
            Rank = 2,
            FilteringAttributes = new[] { OpportunityStandardColumns.StateCode },
            Images = new[] { new ImageRegistration(OpportunityOutcomePlugin.ImageAlias, StepImageType.Both, OpportunityStandardColumns.StateCode) },
        });
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);

        Win(crm, opportunityId, 42000m);

        Assert.Equal(1, Rows(crm, leadId, FunnelStageOption.Won));
        Assert.Contains(crm.Organization.Executions, e => e.Handler.EndsWith(nameof(OpportunityOutcomePlugin), StringComparison.Ordinal)
            && e.Trace.Contains("Only an opportunity can be won; the lead is Won."));
    }

    [Fact]
    public void ReopenOpportunity_RecordsTheReopenAndASecondWinIsNotNetNew()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);
        Win(crm, opportunityId, 10000m);

        SetState(crm, Tables.Opportunity, opportunityId, 0, 2);
        Win(crm, opportunityId, 12000m);

        var rows = crm.Transitions(leadId).Skip(crm.Transitions(leadId).Count - 3).ToList();
        Assert.Equal(new[] { FunnelStageOption.Won, FunnelStageOption.Opportunity, FunnelStageOption.Won }, rows.Select(To));
        Assert.Equal(StageTriggerOption.OpportunityReopened, Trigger(rows[1]));
        Assert.False(rows[1].GetAttributeValue<bool>(StageTransitionColumns.IsNetNew));
        Assert.False(rows[2].GetAttributeValue<bool>(StageTransitionColumns.IsNetNew));
        Assert.Equal(12000m, rows[2].GetAttributeValue<Money>(StageTransitionColumns.Revenue).Value);
    }

    [Fact]
    public void ReopenOpportunity_FromTheFormAsAnUpdateOfState_RecordsTheReopen()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);
        Lose(crm, opportunityId);

        UpdateState(crm, Tables.Opportunity, opportunityId, 0, 2);

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Opportunity, To(row));
        Assert.Equal(StageTriggerOption.OpportunityReopened, Trigger(row));
        Assert.Equal("Opportunity reopened after it was lost", row.GetAttributeValue<string>(StageTransitionColumns.Reason).Split(" ('")[0]);
    }

    [Fact]
    public void WinOpportunity_WithoutOriginatingLead_ClosesWithoutAFunnelRow()
    {
        var crm = new FunnelOrganization();
        var opportunityId = crm.System.Create(new Entity(Tables.Opportunity) { ["name"] = "Direct deal" });

        Win(crm, opportunityId, 5000m);

        Assert.Equal(1, crm.System.Retrieve(Tables.Opportunity, opportunityId, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Empty(crm.System.RetrieveMultiple(new QueryExpression(Tables.StageTransition)).Entities);
    }

    [Fact]
    public void CloseActivity_CreatedOutsideWinAndLose_RecordsNothing()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);
        var rows = crm.Transitions(leadId).Count;

        crm.System.Create(new Entity(Tables.OpportunityClose)
        {
            ["opportunityid"] = new EntityReference(Tables.Opportunity, opportunityId),
            ["subject"] = "Note typed by hand",
        });

        Assert.Equal(rows, crm.Transitions(leadId).Count);
        Assert.Equal(FunnelStageOption.Opportunity, crm.Stage(leadId));
    }

    [Fact]
    public void WinOpportunity_InAForeignCurrency_RecordsTheRevenueInTheBaseCurrencyInFiveCalls()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);
        crm.System.Update(new Entity(Tables.Opportunity, opportunityId) { ["exchangerate"] = 1.25m });
        crm.Organization.ResetDiagnostics();

        Win(crm, opportunityId, 50000m);

        Assert.Equal(40000m, LastTransition(crm, leadId).GetAttributeValue<Money>(StageTransitionColumns.Revenue).Value);
        var outcome = OutcomeStep(crm);
        Assert.Equal("Update", outcome.Message);
        Assert.Equal(5, outcome.TotalServiceCalls);
    }

    [Fact]
    public void WinOpportunity_DatedBeforeTheLeadBecameAnOpportunity_IsRecordedWhenItBecameOne()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);
        var qualifiedOn = LastTransition(crm, leadId).GetAttributeValue<DateTime>(StageTransitionColumns.TransitionOn);
        crm.Organization.Clock.Advance(TimeSpan.FromDays(3));

        crm.System.Execute(new Microsoft.Crm.Sdk.Messages.WinOpportunityRequest
        {
            OpportunityClose = new Entity(Tables.OpportunityClose)
            {
                ["opportunityid"] = new EntityReference(Tables.Opportunity, opportunityId),
                ["actualend"] = qualifiedOn.AddDays(-10),
            },
            Status = new OptionSetValue(3),
        });

        Assert.Equal(qualifiedOn, LastTransition(crm, leadId).GetAttributeValue<DateTime>(StageTransitionColumns.TransitionOn));
    }

    [Fact]
    public void WinOpportunity_OfALeadThatIsStillOpen_MovesTheLeadToWonAsTheLedgerRecordsIt()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = FromTheLeadsForm(crm, leadId);

        Win(crm, opportunityId, 9000m);

        Assert.Equal(FunnelStageOption.Won, crm.Stage(leadId));
        Assert.Equal(0, crm.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Won, To(row));
        Assert.Equal(9000m, row.GetAttributeValue<Money>(StageTransitionColumns.Revenue).Value);
        Assert.Equal(opportunityId, row.GetAttributeValue<EntityReference>(StageTransitionColumns.OpportunityId).Id);
        Assert.Equal(1, Rows(crm, leadId, FunnelStageOption.Won));
    }

    [Fact]
    public void ReopenThenLose_OfALeadThatIsStillOpen_TheLeadsStageFollowsEachMoveOnce()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = FromTheLeadsForm(crm, leadId);
        Win(crm, opportunityId, 9000m);

        UpdateState(crm, Tables.Opportunity, opportunityId, 0, 2);
        var afterReopen = crm.Stage(leadId);
        Lose(crm, opportunityId);

        Assert.Equal(FunnelStageOption.Opportunity, afterReopen);
        Assert.Equal(FunnelStageOption.Lost, crm.Stage(leadId));
        var rows = crm.Transitions(leadId);
        Assert.Equal(new[] { FunnelStageOption.Won, FunnelStageOption.Opportunity, FunnelStageOption.Lost }, rows.Skip(rows.Count - 3).Select(To));
        Assert.Equal(2, Rows(crm, leadId, FunnelStageOption.Opportunity));
    }

    private static Guid FromTheLeadsForm(FunnelOrganization crm, Guid leadId)
    {
        var opportunityId = crm.System.Create(new Entity(Tables.Opportunity)
        {
            ["name"] = "Opened from the lead's form",
            [OpportunityStandardColumns.OriginatingLeadId] = new EntityReference(Tables.Lead, leadId),
            ["estimatedvalue"] = new Money(8000m),
        });
        Assert.Equal(FunnelStageOption.Opportunity, crm.Stage(leadId));
        return opportunityId;
    }
}
