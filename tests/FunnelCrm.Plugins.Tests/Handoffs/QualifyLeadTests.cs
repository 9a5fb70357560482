using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Handoffs;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Handoffs;

public class QualifyLeadTests
{
    private static int Opportunities(FunnelOrganization crm) =>
        crm.System.RetrieveMultiple(new QueryExpression(Tables.Opportunity) { ColumnSet = new ColumnSet(false) }).Entities.Count;

    [Fact]
    public void QualifyLead_SalLead_IsRefusedAndNothingIsCreated()
    {
        var crm = new FunnelOrganization();
        var leadId = Sal(crm, FullBant);
        var before = crm.Transitions(leadId).Count;

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Qualify(crm, leadId));

        Assert.Equal("Cannot qualify lead 'Contoso - J. Smith': it is SAL; only an SQL can become an opportunity (qualify it to SQL first).", refusal.Message);
        Assert.Equal(0, Opportunities(crm));
        Assert.Equal(before, crm.Transitions(leadId).Count);
        Assert.Equal(0, crm.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
    }

    [Fact]
    public void QualifyLead_SqlWithoutAuthority_ListsWhatIsMissingInOneCall()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm, l => { SqlBantOnly(l); l[LeadStandardColumns.Need] = new OptionSetValue(1); });
        crm.Organization.ResetDiagnostics();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Qualify(crm, leadId));

        Assert.Equal("Cannot qualify lead 'Contoso - J. Smith' into an opportunity: authority is missing.", refusal.Message);
        var gate = crm.Organization.Executions.Single(e => e.Handler.EndsWith(nameof(QualifyLeadPlugin), StringComparison.Ordinal));
        Assert.Equal(1, gate.TotalServiceCalls);
        Assert.Equal(0, Opportunities(crm));
        Assert.Equal(FunnelStageOption.Sql, crm.Stage(leadId));
    }

    [Fact]
    public void QualifyLead_SqlWithFullBant_RecordsOpportunityAndTheOpportunityCarriesTheFunnelData()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        var lead = crm.Lead(leadId);

        var opportunity = Qualify(crm, leadId).CreatedEntities.Single(e => e.LogicalName == Tables.Opportunity);

        var qualified = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Opportunity, To(qualified));
        Assert.Equal(StageTriggerOption.QualifyLead, Trigger(qualified));
        Assert.Equal(FunnelStageOption.Opportunity, crm.Stage(leadId));
        var row = crm.System.Retrieve(Tables.Opportunity, opportunity.Id, new ColumnSet(true));
        Assert.Equal(lead.GetAttributeValue<int>(LeadColumns.Score), row.GetAttributeValue<int>(OpportunityColumns.LeadScore));
        Assert.Equal(lead.GetAttributeValue<OptionSetValue>(LeadColumns.Grade), row.GetAttributeValue<OptionSetValue>(OpportunityColumns.LeadGrade));
        Assert.Equal(lead.GetAttributeValue<DateTime>(LeadColumns.MqlOn), row.GetAttributeValue<DateTime>(OpportunityColumns.MqlOn));
        Assert.Equal(lead.GetAttributeValue<DateTime>(LeadColumns.SalOn), row.GetAttributeValue<DateTime>(OpportunityColumns.SalOn));
        Assert.Equal(lead.GetAttributeValue<DateTime>(LeadColumns.SqlOn), row.GetAttributeValue<DateTime>(OpportunityColumns.SqlOn));
        Assert.Equal(leadId, row.GetAttributeValue<EntityReference>(OpportunityStandardColumns.OriginatingLeadId).Id);
    }

    [Fact]
    public void QualifyLead_SqlToOpportunityTransition_NamesTheOpportunity()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);

        var opportunity = Qualify(crm, leadId).CreatedEntities.Single(e => e.LogicalName == Tables.Opportunity);

        var qualified = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Sql, qualified.GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage).Value);
        Assert.Equal(opportunity.Id, qualified.GetAttributeValue<EntityReference>(StageTransitionColumns.OpportunityId)?.Id);
    }

    [Fact]
    public void QualifyLead_PhoneOnlyLeadOutsideTheFunnel_IsQualifiedAndTraced()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead(email: null);

        var opportunity = Qualify(crm, leadId).CreatedEntities.Single(e => e.LogicalName == Tables.Opportunity);

        Assert.Equal(1, crm.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
        Assert.Equal(leadId, crm.System.Retrieve(Tables.Opportunity, opportunity.Id, new ColumnSet(OpportunityStandardColumns.OriginatingLeadId))
            .GetAttributeValue<EntityReference>(OpportunityStandardColumns.OriginatingLeadId).Id);
        Assert.Empty(crm.Transitions(leadId));
        Assert.Contains(crm.Organization.Executions, e => e.Handler.EndsWith(nameof(QualifyLeadPlugin), StringComparison.Ordinal) && e.Trace.Contains("outside the funnel"));
    }

    [Fact]
    public void QualifyLead_QualifiedLead_IsReadOnlyAfterwards()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        Qualify(crm, leadId);

        Assert.ThrowsAny<OrganizationServiceFaultException>(() =>
            crm.System.Update(Move(leadId, FunnelStageOption.Recycled, StageTriggerOption.Manual, "Back to nurture")));

        Assert.Equal(1, crm.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
        Assert.Equal(FunnelStageOption.Opportunity, crm.Stage(leadId));
    }
}
