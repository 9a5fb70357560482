using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.RepActions;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;
using static FunnelCrm.Plugins.Tests.RepActions.RepCall;

namespace FunnelCrm.Plugins.Tests.RepActions;

public class RecycleLeadApiTests
{
    [Fact]
    public void RecycleLeadApi_Sql_GoesBackToNurturingByHandWithTheReason()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);

        var response = Execute(Rep(crm), RecycleLeadApi.Name, leadId, (RepApi.Reason, "Project postponed to next year"));

        Assert.Equal("Lead 'Contoso - J. Smith' recycled to nurturing.", response[RepApi.Message]);
        var lead = crm.Lead(leadId);
        Assert.Equal(FunnelStageOption.Recycled, lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value);
        Assert.Equal(1, lead.GetAttributeValue<int>(LeadColumns.RecycleCount));
        var row = crm.Transitions(leadId).Last();
        Assert.Equal(StageTriggerOption.Manual, row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
        Assert.Equal("Recycled by sales: Project postponed to next year", row.GetAttributeValue<string>(StageTransitionColumns.Reason));
    }

    [Fact]
    public void RecycleLeadApi_NoReason_IsRefusedByThePlatform()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), RecycleLeadApi.Name, leadId));

        Assert.Equal("Required field 'Reason' is missing for the fcm_RecycleLead message.", refusal.Message);
        Assert.Equal(FunnelStageOption.Sql, crm.Stage(leadId));
    }

    [Fact]
    public void RecycleLeadApi_BlankReason_IsRefusedAskingWhy()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), RecycleLeadApi.Name, leadId, (RepApi.Reason, "  ")));

        Assert.Equal("Cannot recycle lead 'Contoso - J. Smith': say why it goes back to nurturing (a reason is required).", refusal.Message);
    }

    [Fact]
    public void RecycleLeadApi_KnownLead_IsRefusedAsMarketingsStage()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), RecycleLeadApi.Name, leadId, (RepApi.Reason, "Not interested")));

        Assert.Equal("Cannot recycle lead 'Contoso - J. Smith': it is Known; sales recycles only an MQL, SAL or SQL.", refusal.Message);
        Assert.Single(crm.Transitions(leadId));
    }

    [Fact]
    public void RecycleLeadApi_MarketingUser_GetsThePlatformsPrivilegeRefusal()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Marketing(crm), RecycleLeadApi.Name, leadId, (RepApi.Reason, "Not now")));

        Assert.Equal(ErrorCodes.PrivilegeDenied, refusal.Detail.ErrorCode);
    }
}
