using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Handoffs;

public class LeadStateTests
{
    [Theory]
    [InlineData(5, "Disqualified: Cannot contact")]
    [InlineData(6, "Disqualified: No longer interested")]
    [InlineData(7, "Disqualified: Canceled")]
    [InlineData(4, "Disqualified: Lost")]
    public void Disqualify_EachStatusReason_MovesToDisqualifiedWithTheReason(int status, string reason)
    {
        var crm = new FunnelOrganization();
        var leadId = Sal(crm);

        SetState(crm, Tables.Lead, leadId, 2, status);

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Disqualified, To(row));
        Assert.Equal(StageTriggerOption.Disqualified, Trigger(row));
        Assert.Equal(reason, row.GetAttributeValue<string>(StageTransitionColumns.Reason));
        Assert.Equal(reason, crm.Lead(leadId).GetAttributeValue<string>(LeadColumns.DisqualificationReason));
    }

    [Fact]
    public void Disqualify_LostAtTheOpportunityStage_RecordsLost()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        crm.System.Update(Move(leadId, FunnelStageOption.Opportunity, StageTriggerOption.Manual, "All four BANT items confirmed"));

        SetState(crm, Tables.Lead, leadId, 2, 4);

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Lost, To(row));
        Assert.Equal(StageTriggerOption.OpportunityLost, Trigger(row));
    }

    [Fact]
    public void Reactivate_DisqualifiedLead_ReturnsToTheStageItLeftNotNetNew()
    {
        var crm = new FunnelOrganization();
        var leadId = Sal(crm);
        SetState(crm, Tables.Lead, leadId, 2, 5);

        SetState(crm, Tables.Lead, leadId, 0, 1);

        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Sal, To(row));
        Assert.Equal(StageTriggerOption.Reactivated, Trigger(row));
        Assert.False(row.GetAttributeValue<bool>(StageTransitionColumns.IsNetNew));
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
    }

    [Fact]
    public void Reactivate_QualifiedLead_IsRefusedAndStaysQualified()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        Qualify(crm, leadId);
        var rows = crm.Transitions(leadId).Count;

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => SetState(crm, Tables.Lead, leadId, 0, 1));

        Assert.StartsWith("Cannot reactivate lead 'Contoso - J. Smith': it was qualified into an opportunity", refusal.Message);
        Assert.Equal(1, crm.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
        Assert.Equal(rows, crm.Transitions(leadId).Count);
    }
}
