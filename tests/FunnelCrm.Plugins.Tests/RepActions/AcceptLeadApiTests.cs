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

public class AcceptLeadApiTests
{
    [Fact]
    public void AcceptLeadApi_Mql_MovesToSalAsTheRepWithTheSlaVerdict()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        var rep = Rep(crm);

        var response = Execute(rep, AcceptLeadApi.Name, leadId, (RepApi.Note, "Discovery call booked"));

        Assert.Equal("Lead 'Contoso - J. Smith' accepted (SAL).", response[RepApi.Message]);
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
        var row = crm.Transitions(leadId).Last();
        Assert.Equal(StageTriggerOption.Accepted, row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
        Assert.Equal("Accepted by sales (Discovery call booked); acceptance SLA met (due 2026-03-03 09:00 UTC)", row.GetAttributeValue<string>(StageTransitionColumns.Reason));
        Assert.Null(crm.Lead(leadId).GetAttributeValue<DateTime?>(LeadColumns.SlaDueOn));
    }

    [Fact]
    public void AcceptLeadApi_KnownLead_IsRefusedNamingTheStageAndWritesNothing()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), AcceptLeadApi.Name, leadId));

        Assert.Equal("Cannot accept lead 'Contoso - J. Smith': Only an MQL can be accepted; the lead is Known.", refusal.Message);
        Assert.Equal(ErrorCodes.IsvAborted, refusal.Detail.ErrorCode);
        Assert.Single(crm.Transitions(leadId));
        Assert.Equal(FunnelStageOption.Known, crm.Stage(leadId));
    }

    [Fact]
    public void AcceptLeadApi_UnknownLead_IsRefusedNamingTheId()
    {
        var crm = new FunnelOrganization();
        var missing = Guid.NewGuid();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), AcceptLeadApi.Name, missing));

        Assert.Equal("The lead " + missing + " does not exist (it may have been deleted or merged).", refusal.Message);
    }

    [Fact]
    public void AcceptLeadApi_QualifiedLead_IsRefusedAsClosed()
    {
        var crm = new FunnelOrganization();
        var leadId = Sql(crm);
        Qualify(crm, leadId);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), AcceptLeadApi.Name, leadId));

        Assert.Equal("Cannot accept lead 'Contoso - J. Smith': it is closed (qualified or disqualified); its stage cannot change here.", refusal.Message);
    }

    [Fact]
    public void AcceptLeadApi_MarketingUser_GetsThePlatformsPrivilegeRefusalBeforeThePluginRuns()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        crm.Organization.ResetDiagnostics();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Marketing(crm), AcceptLeadApi.Name, leadId));

        Assert.Equal(ErrorCodes.PrivilegeDenied, refusal.Detail.ErrorCode);
        Assert.Contains("is missing prvWriteLead privilege", refusal.Message);
        Assert.DoesNotContain(crm.Organization.Executions, e => e.Handler == typeof(AcceptLeadApi).FullName);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }

    [Fact]
    public void AcceptLeadApi_TargetOfAnotherTable_IsRefusedByThePlatform()
    {
        var crm = new FunnelOrganization();
        var request = new OrganizationRequest(AcceptLeadApi.Name) { ["Target"] = new EntityReference(Tables.Opportunity, Guid.NewGuid()) };

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Rep(crm).Execute(request));

        Assert.Equal(ErrorCodes.InvalidArgument, refusal.Detail.ErrorCode);
        Assert.Equal("The fcm_AcceptLead message is bound to lead; its Target names a opportunity.", refusal.Message);
    }

    [Fact]
    public void AcceptLeadApi_NoTarget_IsRefusedByThePlatform()
    {
        var crm = new FunnelOrganization();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Rep(crm).Execute(new OrganizationRequest(AcceptLeadApi.Name)));

        Assert.StartsWith("Required field 'Target' is missing for the fcm_AcceptLead message", refusal.Message);
    }

    [Fact]
    public void AcceptLeadApi_UndeclaredParameter_IsRefusedByThePlatformListingTheParameters()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => Execute(Rep(crm), AcceptLeadApi.Name, leadId, ("Comment", "hi")));

        Assert.Equal("'Comment' is not a request parameter of the fcm_AcceptLead message (its parameters: Target, Note).", refusal.Message);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }
}
