using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.RepActions;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;
using static FunnelCrm.Plugins.Tests.RepActions.RepCall;

namespace FunnelCrm.Plugins.Tests.RepActions;

public class RejectLeadApiTests
{
    [Fact]
    public void RejectLeadApi_MqlWithReasonAndNote_RecyclesItWithTheReason()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        var scoreBefore = crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score);

        var response = Execute(Rep(crm), RejectLeadApi.Name, leadId,
            (RepApi.Reason, new OptionSetValue(RejectionReasonOption.BadTiming)), (RepApi.Note, "Budget round in Q3"));

        Assert.Equal("Lead 'Contoso - J. Smith' rejected (Bad timing) and recycled.", response[RepApi.Message]);
        var lead = crm.Lead(leadId);
        Assert.Equal(FunnelStageOption.Recycled, lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value);
        Assert.Equal(RejectionReasonOption.BadTiming, lead.GetAttributeValue<OptionSetValue>(LeadColumns.RejectionReason).Value);
        Assert.Equal(1, lead.GetAttributeValue<int>(LeadColumns.RecycleCount));
        Assert.True(lead.GetAttributeValue<int>(LeadColumns.Score) < scoreBefore);
        Assert.StartsWith("Rejected: Bad timing (Budget round in Q3)", crm.Transitions(leadId).Last().GetAttributeValue<string>(StageTransitionColumns.Reason));
    }

    [Fact]
    public void RejectLeadApi_NoReason_IsRefusedByThePlatformAndWritesNothing()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), RejectLeadApi.Name, leadId, (RepApi.Note, "No reason")));

        Assert.Equal(ErrorCodes.InvalidArgument, refusal.Detail.ErrorCode);
        Assert.Equal("Required field 'Reason' is missing for the fcm_RejectLead message.", refusal.Message);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }

    [Fact]
    public void RejectLeadApi_ReasonAsText_IsRefusedByThePlatformNamingTheType()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), RejectLeadApi.Name, leadId, (RepApi.Reason, "No budget")));

        Assert.Equal("The request parameter 'Reason' of the fcm_RejectLead message takes a Picklist (OptionSetValue), not a String.", refusal.Message);
    }

    [Fact]
    public void RejectLeadApi_ReasonNotOnTheList_IsRefusedListingTheReasons()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), RejectLeadApi.Name, leadId, (RepApi.Reason, new OptionSetValue(1))));

        Assert.StartsWith("Rejecting a lead needs a rejection reason from the list: Not reachable, No budget, No need", refusal.Message);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }

    [Fact]
    public void RejectLeadApi_EngagedLead_IsRefusedNamingTheStage()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        crm.AddInteraction(leadId, InteractionTypeOption.WebVisit);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            Execute(Rep(crm), RejectLeadApi.Name, leadId, (RepApi.Reason, new OptionSetValue(RejectionReasonOption.NoNeed))));

        Assert.Equal("Cannot reject lead 'Contoso - J. Smith': Only an MQL, SAL or SQL can be rejected; the lead is Engaged.", refusal.Message);
        Assert.Equal(2, crm.Transitions(leadId).Count);
    }

    [Fact]
    public void RejectLeadApi_MarketingUser_GetsThePlatformsPrivilegeRefusal()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            Execute(Marketing(crm), RejectLeadApi.Name, leadId, (RepApi.Reason, new OptionSetValue(RejectionReasonOption.NoNeed))));

        Assert.Equal(ErrorCodes.PrivilegeDenied, refusal.Detail.ErrorCode);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }
}
