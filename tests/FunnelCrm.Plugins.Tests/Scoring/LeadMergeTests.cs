using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Scoring;

public class LeadMergeTests
{
    private static void Merge(FunnelOrganization crm, Guid masterId, Guid subordinateId) =>
        crm.System.Execute(new MergeRequest
        {
            Target = new EntityReference(Tables.Lead, masterId),
            SubordinateId = subordinateId,
            UpdateContent = new Entity(Tables.Lead),
            PerformParentingChecks = false,
        });

    private static double Behaviour(FunnelOrganization crm, Guid leadId) => crm.Lead(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore);

    [Fact]
    public void LeadMerge_SubordinatesActivities_MoveTheirPointsToTheMaster()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(master, InteractionTypeOption.WebinarRegistration);
        var moved = new[]
        {
            crm.AddInteraction(subordinate, InteractionTypeOption.WebinarRegistration),
            crm.AddInteraction(subordinate, InteractionTypeOption.Chat),
        };

        Merge(crm, master, subordinate);

        Assert.Equal(30.0, Behaviour(crm, master), 6);
        Assert.Equal(0.0, Behaviour(crm, subordinate), 6);
        Assert.All(moved, id => Assert.Equal(master, crm.Activity(Tables.Interaction, id).GetAttributeValue<EntityReference>(InteractionColumns.RegardingObjectId).Id));
        Assert.All(moved, id => Assert.Equal(10m, crm.Activity(Tables.Interaction, id).GetAttributeValue<decimal>(ActivityStampColumns.Points)));
        Assert.Contains("Chatted live", crm.Lead(master).GetAttributeValue<string>(LeadColumns.ScoreExplanation));
    }

    [Fact]
    public void LeadMerge_ActivitiesUpdatedToTheMasterInsideTheMerge_MoveTheirPointsOnlyOnce()
    {
        var crm = new FunnelOrganization();
        crm.Organization.RegisterPlugin<ChildReparentingPlugin>();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(subordinate, InteractionTypeOption.Chat);

        Merge(crm, master, subordinate);

        Assert.Equal(10.0, Behaviour(crm, master), 6);
        Assert.Equal(0.0, Behaviour(crm, subordinate), 6);
        Assert.Contains(crm.Organization.Executions, e => e.Handler.Contains(nameof(ActivityChangeScoringPlugin)) && e.Trace.Contains("the merge step has moved its points already"));
    }

    [Fact]
    public void LeadMerge_MovedActivityDeletedLater_TakesExactlyItsPointsFromTheMaster()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(master, InteractionTypeOption.Chat);
        var moved = crm.AddInteraction(subordinate, InteractionTypeOption.WebinarAttendance, FunnelOrganization.Start.AddDays(-30));
        Merge(crm, master, subordinate);
        crm.Organization.Clock.Advance(TimeSpan.FromDays(30));

        crm.System.Delete(Tables.Interaction, moved);

        Assert.Equal(5.0, Behaviour(crm, master), 6);
    }

    [Fact]
    public void LeadMerge_MovedPointsCrossTheThreshold_MasterBecomesAnMql()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(master, InteractionTypeOption.WebinarAttendance);
        crm.AddInteraction(subordinate, InteractionTypeOption.EventAttendance);

        Merge(crm, master, subordinate);

        Assert.Equal(FunnelStageOption.Mql, crm.Stage(master));
        var last = crm.Transitions(master).Last();
        Assert.Equal(FunnelStageOption.Mql, last.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value);
        Assert.Equal(StageTriggerOption.ScoreThreshold, last.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger).Value);
    }

    [Fact]
    public void LeadMerge_SubordinatesTransitions_StayUnchangedAsHistory()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(subordinate, InteractionTypeOption.Chat);
        var before = crm.Transitions(subordinate).ToDictionary(t => t.Id, t => t.GetAttributeValue<DateTime>("modifiedon"));

        Merge(crm, master, subordinate);

        var all = crm.System.RetrieveMultiple(new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(true) }).Entities;
        Assert.Equal(before.Count + 1, all.Count);
        Assert.All(before, pair => Assert.Contains(all, t => t.Id == pair.Key && t.GetAttributeValue<DateTime>("modifiedon") == pair.Value));
    }

    [Fact]
    public void LeadMerge_WithScoredActivities_CostsTwelveCallsThroughSystem()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(subordinate, InteractionTypeOption.Chat);
        crm.Organization.ResetDiagnostics();

        Merge(crm, master, subordinate);

        var execution = Assert.Single(crm.Organization.Executions, e => e.Handler.Contains(nameof(LeadMergeScoringPlugin)));
        Assert.Equal(12, execution.TotalServiceCalls);
        Assert.Contains("Moved 1 activities", execution.Trace);
    }
}
