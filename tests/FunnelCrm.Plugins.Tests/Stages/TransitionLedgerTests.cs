using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Stages;

public class TransitionLedgerTests
{
    [Fact]
    public void TransitionLedger_UpdateOfATransitionRow_IsRefusedEvenForSystem()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var row = crm.Transitions(leadId).Single();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            crm.System.Update(new Entity(Tables.StageTransition, row.Id) { [StageTransitionColumns.Reason] = "rewritten" }));

        Assert.Contains("cannot be changed or deleted", refusal.Message);
        Assert.NotEqual("rewritten", crm.Transitions(leadId).Single().GetAttributeValue<string>(StageTransitionColumns.Reason));
    }

    [Fact]
    public void TransitionLedger_DeleteOfATransitionRow_IsRefused()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var row = crm.Transitions(leadId).Single();

        Assert.Throws<OrganizationServiceFaultException>(() => crm.System.Delete(Tables.StageTransition, row.Id));

        Assert.Single(crm.Transitions(leadId));
    }

    [Fact]
    public void TransitionLedger_LeadDeleted_RemovesItsTransitionsAndActivitiesWithoutRescoring()
    {
        // The demo request makes the lead an MQL, so it has an interaction and the follow-up task: both go with it.
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var interaction = crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);
        crm.Organization.DrainAsyncJobs();
        Assert.Equal(2, crm.Transitions(leadId).Count);
        crm.Organization.ResetDiagnostics();

        crm.System.Delete(Tables.Lead, leadId);

        Assert.Empty(crm.Transitions(leadId));
        var gone = Assert.Throws<OrganizationServiceFaultException>(() => crm.Activity(Tables.Interaction, interaction));
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, gone.Detail.ErrorCode);
        var removals = crm.Organization.Executions.Where(e => e.Handler == typeof(ActivityRemovalScoringPlugin).FullName).ToList();
        Assert.Equal(2, removals.Count);
        Assert.All(removals, removal => Assert.Contains("The activity goes with its lead: no rescoring.", removal.Trace));
        Assert.False(crm.Organization.ServiceCalls.ContainsKey("Update"), "Deleting the lead rescored it.");
    }

    [Fact]
    public void TransitionLedger_RepWithoutWriteOnTransitions_StillMovesLeadsThroughSystemBookkeeping()
    {
        var crm = new FunnelOrganization();
        var rep = crm.Organization.AddUser("Rita Rep", SecurityRoles.SalesRepName);
        var asRep = crm.Organization.CreateService(rep);

        var leadId = crm.CreateLead(configure: FunnelOrganization.OwnedBy(rep));
        crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);

        asRep.Update(new Entity(Tables.Lead, leadId)
        {
            [LeadColumns.Stage] = new OptionSetValue(FunnelStageOption.Sal),
            [LeadColumns.StageTrigger] = new OptionSetValue(StageTriggerOption.Accepted),
            [LeadColumns.StageReason] = "Meeting booked",
        });

        var row = crm.Transitions(leadId).Last();

        Assert.Equal(rep, row.GetAttributeValue<EntityReference>(StageTransitionColumns.MovedBy).Id);
        var refusal = Assert.Throws<OrganizationServiceFaultException>(() =>
            asRep.Create(new Entity(Tables.StageTransition) { [StageTransitionColumns.Name] = "forged", [StageTransitionColumns.LeadId] = new EntityReference(Tables.Lead, leadId) }));
        Assert.Contains("prvCreatefcm_stagetransition", refusal.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TransitionLedger_TransitionRows_KeepScoreThenTriggerAndNetNew()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);

        var mql = crm.Transitions(leadId).Last();
        Assert.Equal(FunnelStageOption.Known, mql.GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage).Value);
        Assert.Equal(100m, mql.GetAttributeValue<decimal>(StageTransitionColumns.ScoreThen));
        Assert.Equal(StageTriggerOption.ScoreThreshold, mql.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
        Assert.True(mql.GetAttributeValue<bool>(StageTransitionColumns.IsNetNew));
        Assert.Equal(crm.Now, mql.GetAttributeValue<DateTime>(StageTransitionColumns.TransitionOn));
    }
}
