using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Handoffs;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Handoffs;

public class OpportunityOutcomeTests
{
    [Fact]
    public void WinOpportunity_RecordsWonForTheOriginatingLeadWithRevenue()
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
    }

    [Fact]
    public void LoseOpportunity_RecordsLostWithTheReason()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);

        Lose(crm, opportunityId);

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Lost, To(row));
        Assert.Equal("Opportunity lost: Out-sold, Chose a rival", row.GetAttributeValue<string>(StageTransitionColumns.Reason).Split(" ('")[0]);
        Assert.Null(row.GetAttributeValue<Money>(StageTransitionColumns.Revenue));
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
    public void WinOpportunity_WithoutOriginatingLead_ClosesWithoutAFunnelRow()
    {
        var crm = new FunnelOrganization();
        var opportunityId = crm.System.Create(new Entity(Tables.Opportunity) { ["name"] = "Direct deal" });

        Win(crm, opportunityId, 5000m);

        Assert.Equal(1, crm.System.Retrieve(Tables.Opportunity, opportunityId, new Microsoft.Xrm.Sdk.Query.ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
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
    public void WinOpportunity_InAForeignCurrency_RecordsTheRevenueInTheBaseCurrencyInFourCalls()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var opportunityId = Opportunity(crm, leadId);
        crm.System.Update(new Entity(Tables.Opportunity, opportunityId) { ["exchangerate"] = 1.25m });
        crm.Organization.ResetDiagnostics();

        Win(crm, opportunityId, 50000m);

        Assert.Equal(40000m, LastTransition(crm, leadId).GetAttributeValue<Money>(StageTransitionColumns.Revenue).Value);
        var outcome = crm.Organization.Executions.Single(e => e.Handler.EndsWith(nameof(OpportunityOutcomePlugin), System.StringComparison.Ordinal));
        Assert.Equal("Create", outcome.Message);
        Assert.Equal(4, outcome.TotalServiceCalls);
    }
}
