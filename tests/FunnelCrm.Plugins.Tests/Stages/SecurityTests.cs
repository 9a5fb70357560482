using System;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Stages;

public class SecurityTests
{
    [Fact]
    public void Security_MarketingUserWithoutWriteOnLeads_CannotMoveALeadAndNothingIsRecorded()
    {
        var crm = new FunnelOrganization();
        var marketer = crm.Organization.AddUser("Mia Marketing", SecurityRoles.MarketingName);
        var leadId = crm.CreateLead();
        crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Organization.CreateService(marketer).Update(new Entity(Tables.Lead, leadId)
        {
            [LeadColumns.Stage] = new OptionSetValue(FunnelStageOption.Sal),
            [LeadColumns.StageTrigger] = new OptionSetValue(StageTriggerOption.Accepted),
            [LeadColumns.StageReason] = "Meeting booked",
        }));

        Assert.Contains("prvWriteLead", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
        Assert.Equal(2, crm.Transitions(leadId).Count);
    }

    [Fact]
    public void Security_RepLoggingACall_ScoresTheLeadThroughSystemAndTheCallIsTheReps()
    {
        var crm = new FunnelOrganization();
        var rep = crm.Organization.AddUser("Rita Rep", SecurityRoles.SalesRepName);
        var leadId = crm.CreateLead();

        var callId = crm.Organization.CreateService(rep).Create(new Entity(Tables.PhoneCall)
        {
            ["subject"] = "Inbound call",
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [ActivityStandardColumns.DirectionCode] = false,
            [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
        });

        Assert.Equal(15, crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score));
        Assert.Equal(rep, crm.Activity(Tables.PhoneCall, callId).GetAttributeValue<EntityReference>("createdby").Id);
    }

    [Fact]
    public void Security_MarketingUserWithoutCreateOnActivities_CannotLogAnInteractionAndTheScoreStays()
    {
        var crm = new FunnelOrganization();
        var marketer = crm.Organization.AddUser("Mia Marketing", SecurityRoles.MarketingName);
        var leadId = crm.CreateLead();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest, service: crm.Organization.CreateService(marketer)));

        Assert.Contains("prvCreateActivity", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score));
    }

    [Fact]
    public void Security_RepWithUserLevelWriteOnLeads_CannotAcceptAnotherRepsMqlAndNothingIsRecorded()
    {
        var crm = new FunnelOrganization();
        var rita = crm.Organization.AddUser("Rita Rep", SecurityRoles.SalesRepName);
        var sam = crm.Organization.AddUser("Sam Rep", SecurityRoles.SalesRepName);
        var samsLead = crm.CreateLead(configure: FunnelOrganization.OwnedBy(sam));
        crm.AddInteraction(samsLead, InteractionTypeOption.DemoRequest);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Organization.CreateService(rita).Update(new Entity(Tables.Lead, samsLead)
        {
            [LeadColumns.Stage] = new OptionSetValue(FunnelStageOption.Sal),
            [LeadColumns.StageTrigger] = new OptionSetValue(StageTriggerOption.Accepted),
            [LeadColumns.StageReason] = "Meeting booked",
        }));

        Assert.Equal(ErrorCodes.AccessCheckFailed, refusal.Detail.ErrorCode);
        Assert.Equal($"Principal with id {rita} does not have WriteAccess right(s) for record with id {samsLead} of entity lead.", refusal.Message);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(samsLead));
        Assert.Equal(2, crm.Transitions(samsLead).Count);
    }

    [Fact]
    public void Security_RepWithBusinessUnitReadOnLeads_ListsTheLeadsOfTheirUnitOnly()
    {
        var crm = new FunnelOrganization();
        var sales = crm.Organization.AddBusinessUnit("Sales");
        var service = crm.Organization.AddBusinessUnit("Service");
        var rita = crm.Organization.AddUser("Rita Rep", sales, SecurityRoles.SalesRepName);
        var samsLead = crm.CreateLead("Fabrikam - S. Lee", configure: FunnelOrganization.OwnedBy(crm.Organization.AddUser("Sam Rep", sales, SecurityRoles.SalesRepName)));
        crm.CreateLead("Tailspin - S. Ode", configure: FunnelOrganization.OwnedBy(crm.Organization.AddUser("Sue Service", service, SecurityRoles.SalesRepName)));
        crm.CreateLead("Unassigned - N. One");

        var listed = crm.Organization.CreateService(rita).RetrieveMultiple(new QueryExpression(Tables.Lead) { ColumnSet = new ColumnSet(LeadStandardColumns.FullName) }).Entities;

        Assert.Equal(samsLead, Assert.Single(listed).Id);
    }
}
