using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Stages;

public class StageGuardTests
{
    private static Entity Move(Guid leadId, int stage, int trigger, string? reason = null)
    {
        var update = new Entity(Tables.Lead, leadId);
        update[LeadColumns.Stage] = new OptionSetValue(stage);
        update[LeadColumns.StageTrigger] = new OptionSetValue(trigger);
        update[LeadColumns.StageReason] = reason;
        return update;
    }

    private static Guid Mql(FunnelOrganization crm, Action<Entity>? configure = null)
    {
        var leadId = crm.CreateLead(configure: configure);
        crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);
        return leadId;
    }

    [Fact]
    public void StageGuard_RepAcceptsMql_MovesToSalAndRecordsWhoAndWhen()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        var rep = crm.Organization.AddUser("Rita Rep", SecurityRoles.SalesRepName);

        crm.Organization.CreateService(rep).Update(Move(leadId, FunnelStageOption.Sal, StageTriggerOption.Accepted, "Called, meeting booked"));

        var lead = crm.Lead(leadId);
        Assert.Equal(FunnelStageOption.Sal, lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value);
        Assert.Equal(crm.Now, lead.GetAttributeValue<DateTime>(LeadColumns.SalOn));
        var last = crm.Transitions(leadId).Last();
        Assert.Equal(rep, last.GetAttributeValue<EntityReference>(StageTransitionColumns.MovedBy).Id);
        Assert.Equal(StageTriggerOption.Accepted, last.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
        Assert.StartsWith("Called, meeting booked; acceptance SLA met", last.GetAttributeValue<string>(StageTransitionColumns.Reason));
    }

    [Fact]
    public void StageGuard_SkippedGate_IsRefusedWithTheLeadsNameAndNothingIsWritten()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            crm.System.Update(Move(leadId, FunnelStageOption.Sal, StageTriggerOption.Accepted)));

        Assert.Contains("Cannot move lead 'Contoso - J. Smith' to SAL", refusal.Message);
        Assert.Contains("Only an MQL can be accepted", refusal.Message);
        Assert.Equal(FunnelStageOption.Known, crm.Stage(leadId));
        Assert.Single(crm.Transitions(leadId));
    }

    [Fact]
    public void StageGuard_QualifyToSqlWithoutBant_NamesTheMissingItems()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        crm.System.Update(Move(leadId, FunnelStageOption.Sal, StageTriggerOption.Accepted, "Accepted"));

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            crm.System.Update(Move(leadId, FunnelStageOption.Sql, StageTriggerOption.QualifiedToSql, "Qualified")));

        Assert.Contains("to SQL", refusal.Message);
        Assert.Contains("budget", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("timeline", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(FunnelStageOption.Sal, crm.Stage(leadId));
    }

    [Fact]
    public void StageGuard_QualifyToSqlWithBudgetNeedTimeline_Moves()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm, l => { l["budgetstatus"] = new OptionSetValue(2); l["need"] = new OptionSetValue(0); l["purchasetimeframe"] = new OptionSetValue(1); });
        crm.System.Update(Move(leadId, FunnelStageOption.Sal, StageTriggerOption.Accepted, "Accepted"));

        crm.System.Update(Move(leadId, FunnelStageOption.Sql, StageTriggerOption.QualifiedToSql, "Budget, need and timeline confirmed"));

        Assert.Equal(FunnelStageOption.Sql, crm.Stage(leadId));
        Assert.NotNull(crm.Lead(leadId).GetAttributeValue<DateTime?>(LeadColumns.SqlOn));
    }

    [Fact]
    public void StageGuard_ManualMoveWithoutReason_IsRefused()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            crm.System.Update(Move(leadId, FunnelStageOption.Known, StageTriggerOption.Manual)));

        Assert.Contains("a reason is required", refusal.Message);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }

    [Fact]
    public void StageGuard_Rejection_RecyclesHalvesBehaviourAndLaterReentryIsNotNetNew()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);
        var behaviour = crm.Lead(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore);
        var reject = Move(leadId, FunnelStageOption.Recycled, StageTriggerOption.Rejected, "No budget this year");
        reject[LeadColumns.RejectionReason] = new OptionSetValue(RejectionReasonOption.NoBudget);

        crm.System.Update(reject);
        crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);

        var lead = crm.Lead(leadId);
        Assert.Equal(1, lead.GetAttributeValue<int>(LeadColumns.RecycleCount));
        Assert.Equal(FunnelStageOption.Mql, lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value);
        var transitions = crm.Transitions(leadId);
        var recycled = transitions.Single(t => t.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value == FunnelStageOption.Recycled);
        Assert.Equal(Math.Round((decimal)(behaviour / 2)), recycled.GetAttributeValue<decimal>(StageTransitionColumns.ScoreThen));
        var reentry = transitions.Last();
        Assert.Equal(FunnelStageOption.Mql, reentry.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value);
        Assert.False(reentry.GetAttributeValue<bool>(StageTransitionColumns.IsNetNew));
    }

    [Fact]
    public void StageGuard_RejectionWithoutReason_IsRefused()
    {
        var crm = new FunnelOrganization();
        var leadId = Mql(crm);

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            crm.System.Update(Move(leadId, FunnelStageOption.Recycled, StageTriggerOption.Rejected, "Not interested")));

        Assert.Contains("rejection reason", refusal.Message);
    }

    [Fact]
    public void StageGuard_NewLeadCreatedInAStage_IsRefused()
    {
        var crm = new FunnelOrganization();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            crm.CreateLead(configure: l => l[LeadColumns.Stage] = new OptionSetValue(FunnelStageOption.Sql)));

        Assert.Contains("enters the funnel as Known", refusal.Message);
    }
}
