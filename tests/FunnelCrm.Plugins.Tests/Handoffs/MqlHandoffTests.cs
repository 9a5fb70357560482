using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Handoffs;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Handoffs;

public class MqlHandoffTests
{
    private static Guid Team(FunnelOrganization crm, params string[] members)
    {
        var teamId = crm.System.Create(new Entity(Tables.Team) { ["name"] = "MQL desk" });
        crm.System.Associate(Tables.Team, teamId, new Relationship("teamroles_association"),
            new EntityReferenceCollection { new EntityReference("role", crm.Organization.Roles.Get(SecurityRoles.SalesRepName).Id) });
        foreach (var member in members)
        {
            Join(crm, teamId, crm.Organization.AddUser(member, SecurityRoles.SalesRepName));
        }

        return teamId;
    }

    private static Guid Join(FunnelOrganization crm, Guid teamId, Guid userId)
    {
        crm.System.Associate(Tables.Team, teamId, new Relationship("teammembership_association"),
            new EntityReferenceCollection { new EntityReference(Tables.SystemUser, userId) });
        return userId;
    }

    private static string OwnerName(FunnelOrganization crm, Guid leadId) =>
        crm.System.Retrieve(Tables.SystemUser, crm.Lead(leadId).GetAttributeValue<EntityReference>(LeadStandardColumns.OwnerId).Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("fullname"))
            .GetAttributeValue<string>("fullname");

    private static Guid Settings(FunnelOrganization crm, int routingMode, Guid? teamId)
    {
        var settings = new Entity(Tables.FunnelSettings)
        {
            [FunnelSettingsColumns.Name] = "Funnel settings",
            [FunnelSettingsColumns.RoutingMode] = new OptionSetValue(routingMode),
            [FunnelSettingsColumns.AcceptSlaHours] = 8,
        };
        if (teamId != null)
        {
            settings[FunnelSettingsColumns.RoutingTeamId] = new EntityReference(Tables.Team, teamId.Value);
        }

        return crm.System.Create(settings);
    }

    [Fact]
    public void MqlHandoff_KeepOwner_StartsSlaAndCreatesFollowUpTaskForTheOwner()
    {
        var crm = new FunnelOrganization();

        var leadId = Mql(crm);
        crm.Organization.DrainAsyncJobs();

        var lead = crm.Lead(leadId);
        var due = crm.Now.AddHours(24);
        Assert.Equal(FunnelStageOption.Mql, lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value);
        Assert.Equal(due, lead.GetAttributeValue<DateTime>(LeadColumns.SlaDueOn));
        var task = Assert.Single(Tasks(crm, leadId));
        Assert.Equal(due, task.GetAttributeValue<DateTime>("scheduledend"));
        Assert.Equal(lead.GetAttributeValue<EntityReference>(LeadStandardColumns.OwnerId).Id, task.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Contains("Contoso - J. Smith", task.GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void MqlHandoff_RoundRobin_AssignsTeamMembersInTurnAndKeepsTheCursor()
    {
        var crm = new FunnelOrganization();
        var teamId = Team(crm, "Bert Berg", "Anna Arnold");
        var settingsId = Settings(crm, RoutingModeOption.RoundRobin, teamId);

        var leads = new[] { "Lead A", "Lead B", "Lead C" }.Select(name => Mql(crm, name: name)).ToList();
        crm.Organization.DrainAsyncJobs();
        var owners = leads.Select(id => OwnerName(crm, id)).ToList();

        Assert.Equal(new[] { "Anna Arnold", "Bert Berg", "Anna Arnold" }, owners);
        Assert.Equal(1, crm.System.Retrieve(Tables.FunnelSettings, settingsId, new Microsoft.Xrm.Sdk.Query.ColumnSet(FunnelSettingsColumns.RoundRobinIndex)).GetAttributeValue<int>(FunnelSettingsColumns.RoundRobinIndex));
    }

    [Fact]
    public void MqlHandoff_RoundRobin_CostsSixCallsLeadMembersCursorReadAndWriteOwnerTask()
    {
        var crm = new FunnelOrganization();
        Settings(crm, RoutingModeOption.RoundRobin, Team(crm, "Anna Arnold", "Bert Berg"));
        Mql(crm, name: "Warm-up");
        crm.Organization.DrainAsyncJobs();
        crm.Organization.ResetDiagnostics();

        Mql(crm);
        crm.Organization.DrainAsyncJobs();

        var handoff = crm.Organization.Executions.Single(e => e.Handler.EndsWith(nameof(MqlHandoffPlugin), StringComparison.Ordinal));
        Assert.Equal(6, handoff.TotalServiceCalls);
    }

    [Fact]
    public void MqlHandoff_RoundRobin_SkipsDisabledNonInteractiveAndRolelessMembers()
    {
        var crm = new FunnelOrganization();
        var teamId = Team(crm, "Bert Berg");
        var disabled = Join(crm, teamId, crm.Organization.AddUser("Anna Arnold", SecurityRoles.SalesRepName));
        crm.System.Update(new Entity(Tables.SystemUser, disabled) { ["isdisabled"] = true });
        var integration = Join(crm, teamId, crm.Organization.AddUser("Aaron Integration", SecurityRoles.SalesRepName));
        crm.System.Update(new Entity(Tables.SystemUser, integration) { ["accessmode"] = new OptionSetValue(4) });
        Join(crm, teamId, crm.Organization.AddUser("Abby Analyst", SecurityRoles.MarketingName));
        Settings(crm, RoutingModeOption.RoundRobin, teamId);

        var leads = new[] { "Lead A", "Lead B" }.Select(name => Mql(crm, name: name)).ToList();
        crm.Organization.DrainAsyncJobs();

        Assert.Equal(new[] { "Bert Berg", "Bert Berg" }, leads.Select(id => OwnerName(crm, id)));
        Assert.DoesNotContain(crm.Organization.SystemJobs, j => j.Status == Emulator.Pipeline.SystemJobStatus.Failed);
    }

    [Fact]
    public void MqlHandoff_RoutingThatFails_LeavesTheActivityAndTheMqlMoveCommitted()
    {
        var crm = new FunnelOrganization();
        var teamWithoutLeadRole = crm.System.Create(new Entity(Tables.Team) { ["name"] = "Closed desk" });
        Settings(crm, RoutingModeOption.Team, teamWithoutLeadRole);
        var leadId = crm.CreateLead();

        var interactionId = crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);
        crm.Organization.DrainAsyncJobs();

        Assert.Equal(100m, crm.Activity(Tables.Interaction, interactionId).GetAttributeValue<decimal>(ActivityStampColumns.Points));
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
        Assert.NotNull(crm.Lead(leadId).GetAttributeValue<DateTime?>(LeadColumns.SlaDueOn));
        var failed = Assert.Single(crm.Organization.SystemJobs, j => j.Status == Emulator.Pipeline.SystemJobStatus.Failed);
        Assert.Contains("prvReadLead", failed.Error);
        Assert.Equal(crm.Organization.SystemUserId, crm.Lead(leadId).GetAttributeValue<EntityReference>(LeadStandardColumns.OwnerId).Id);
    }

    [Fact]
    public void MqlHandoff_Team_GivesTheLeadAndTaskToTheTeamWithItsSla()
    {
        var crm = new FunnelOrganization();
        var teamId = Team(crm);
        Settings(crm, RoutingModeOption.Team, teamId);

        var leadId = Mql(crm);
        crm.Organization.DrainAsyncJobs();

        var lead = crm.Lead(leadId);
        Assert.Equal(new EntityReference(Tables.Team, teamId), lead.GetAttributeValue<EntityReference>(LeadStandardColumns.OwnerId));
        Assert.Equal(crm.Now.AddHours(8), lead.GetAttributeValue<DateTime>(LeadColumns.SlaDueOn));
        Assert.Equal(teamId, Assert.Single(Tasks(crm, leadId)).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void AcceptanceSla_AcceptedInTime_RecordsSlaMetAndStopsTheClock()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        var rep = crm.Organization.AddUser("Rita Rep", SecurityRoles.SalesRepName);
        crm.Organization.Clock.Advance(TimeSpan.FromHours(3));

        crm.Organization.CreateService(rep).Update(Move(leadId, FunnelStageOption.Sal, StageTriggerOption.Accepted, "Called back"));

        var accepted = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Sal, To(accepted));
        Assert.Equal(rep, accepted.GetAttributeValue<EntityReference>(StageTransitionColumns.MovedBy).Id);
        Assert.StartsWith("Called back; acceptance SLA met", accepted.GetAttributeValue<string>(StageTransitionColumns.Reason));
        Assert.Null(crm.Lead(leadId).GetAttributeValue<DateTime?>(LeadColumns.SlaDueOn));
        Assert.Equal(crm.Now, crm.Lead(leadId).GetAttributeValue<DateTime>(LeadColumns.SalOn));
    }

    [Fact]
    public void AcceptanceSla_RejectedLate_RecordsTheBreachWithTheRejection()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        crm.Organization.Clock.Advance(TimeSpan.FromHours(30));
        var reject = Move(leadId, FunnelStageOption.Recycled, StageTriggerOption.Rejected, "Rejected: No budget");
        reject[LeadColumns.RejectionReason] = new OptionSetValue(RejectionReasonOption.NoBudget);

        crm.System.Update(reject);

        Assert.Contains("acceptance SLA breached by 6 hours", LastTransition(crm, leadId).GetAttributeValue<string>(StageTransitionColumns.Reason));
        Assert.Equal(FunnelStageOption.Recycled, crm.Stage(leadId));
    }

    [Fact]
    public void MeetingBooked_WithAnMql_AcceptsTheLead()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        crm.System.Create(new Entity(Tables.Appointment)
        {
            ["subject"] = "Discovery call",
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            ["scheduledstart"] = crm.Now.AddDays(2),
            ["scheduledend"] = crm.Now.AddDays(2).AddHours(1),
        });

        var accepted = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
        Assert.Equal(StageTriggerOption.MeetingBooked, Trigger(accepted));
        Assert.StartsWith("Meeting booked (Discovery call); acceptance SLA met", accepted.GetAttributeValue<string>(StageTransitionColumns.Reason));
    }

    [Fact]
    public void MeetingBooked_WithALeadThatIsNotMql_ChangesNothing()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        crm.System.Create(new Entity(Tables.Appointment)
        {
            ["subject"] = "Intro",
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
        });

        Assert.Equal(FunnelStageOption.Known, crm.Stage(leadId));
        Assert.Single(crm.Transitions(leadId));
    }
}
