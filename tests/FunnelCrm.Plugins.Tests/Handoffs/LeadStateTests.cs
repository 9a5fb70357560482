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

    [Fact]
    public void Disqualify_FromTheLeadFormAsAnUpdateOfState_MovesToDisqualifiedOnce()
    {
        var crm = new FunnelOrganization();
        var leadId = Sal(crm);
        var rows = crm.Transitions(leadId).Count;

        UpdateState(crm, Tables.Lead, leadId, 2, 6);

        var row = LastTransition(crm, leadId);
        Assert.Equal(rows + 1, crm.Transitions(leadId).Count);
        Assert.Equal(FunnelStageOption.Disqualified, To(row));
        Assert.Equal("Disqualified: No longer interested", row.GetAttributeValue<string>(StageTransitionColumns.Reason));
        Assert.Equal(2, crm.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
    }

    [Fact]
    public void Reactivate_FromTheLeadFormAsAnUpdateOfState_ReturnsToTheStageItLeft()
    {
        var crm = new FunnelOrganization();
        var leadId = Sal(crm);
        UpdateState(crm, Tables.Lead, leadId, 2, 5);

        UpdateState(crm, Tables.Lead, leadId, 0, 1);

        Assert.Equal(StageTriggerOption.Reactivated, Trigger(LastTransition(crm, leadId)));
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
    }

    [Fact]
    public void QualifyWithoutOpportunity_SalLead_IsRefusedAndRolledBack()
    {
        var crm = new FunnelOrganization();
        var leadId = Sal(crm, FullBant);
        var accounts = crm.System.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account")).Entities.Count;

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Qualify(crm, leadId, createOpportunity: false));

        Assert.Equal("Cannot qualify lead 'Contoso - J. Smith': it is SAL; only an SQL can become an opportunity (qualify it to SQL first).", refusal.Message);
        Assert.Equal(0, crm.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
        Assert.Equal(accounts, crm.System.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account")).Entities.Count);
    }

    [Fact]
    public void QualifyWithoutOpportunity_SqlWithFullBant_IsQualifiedAndStaysSql()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var rows = crm.Transitions(leadId).Count;

        Qualify(crm, leadId, createOpportunity: false);

        Assert.Equal(1, crm.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
        Assert.Equal(FunnelStageOption.Sql, crm.Stage(leadId));
        Assert.Equal(rows, crm.Transitions(leadId).Count);
    }
}
