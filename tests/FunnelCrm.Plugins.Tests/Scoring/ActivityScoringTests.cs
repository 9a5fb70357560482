using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Scoring;

public class ActivityScoringTests
{
    [Fact]
    public void ActivityScoring_DemoRequest_MakesTheLeadAnMqlAtOnce()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);

        var lead = crm.Lead(leadId);
        Assert.True(lead.GetAttributeValue<int>(LeadColumns.Score) >= 100);
        Assert.Equal(FunnelStageOption.Mql, lead.GetAttributeValue<OptionSetValue>(LeadColumns.Stage).Value);
        Assert.Equal(StageTriggerOption.ScoreThreshold, lead.GetAttributeValue<OptionSetValue>(LeadColumns.StageTrigger).Value);
        Assert.NotNull(lead.GetAttributeValue<DateTime?>(LeadColumns.MqlOn));
        Assert.Contains("+100", lead.GetAttributeValue<string>(LeadColumns.ScoreExplanation));
        var stages = crm.Transitions(leadId).Select(t => t.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value).ToArray();
        Assert.Equal(new[] { FunnelStageOption.Known, FunnelStageOption.Mql }, stages);
    }

    [Fact]
    public void ActivityScoring_Interaction_IsStampedWithPointsModelAndTime()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        var id = crm.AddInteraction(leadId, InteractionTypeOption.WebinarAttendance);

        var activity = crm.Activity(Tables.Interaction, id);
        Assert.Equal(50m, activity.GetAttributeValue<decimal>(ActivityStampColumns.Points));
        Assert.Equal("default-1", activity.GetAttributeValue<string>(ActivityStampColumns.ModelVersion));
        Assert.Equal(crm.Now, activity.GetAttributeValue<DateTime>(ActivityStampColumns.ScoredOn));
        Assert.Equal(FunnelStageOption.Engaged, crm.Stage(leadId));
    }

    [Fact]
    public void ActivityScoring_AlreadyStampedImport_IsNotCountedAgain()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var stamped = new Entity(Tables.Interaction);
        stamped[InteractionColumns.Subject] = "Replayed webinar";
        stamped[InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId);
        stamped[InteractionColumns.InteractionType] = new OptionSetValue(InteractionTypeOption.WebinarAttendance);
        stamped[ActivityStampColumns.Points] = 50m;
        stamped[ActivityStampColumns.ModelVersion] = "default-1";
        stamped[ActivityStampColumns.ScoredOn] = crm.Now;

        crm.System.Create(stamped);

        Assert.Equal(0, crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score));
    }

    [Fact]
    public void ActivityScoring_TaskForTheLead_ScoresNothingAndCostsNoCall()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        crm.Organization.ResetDiagnostics();

        var taskId = crm.System.Create(new Entity(Tables.Task) { ["subject"] = "Call back", [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId) });

        Assert.Equal(0m, crm.Activity(Tables.Task, taskId).GetAttributeValue<decimal>(ActivityStampColumns.Points));
        var scoring = crm.Organization.Executions.Single(e => e.Handler.Contains(nameof(ActivityScoringPlugin)));
        Assert.Equal(0, scoring.TotalServiceCalls);
    }

    [Fact]
    public void ActivityScoring_ScoredActivity_CostsThreeCallsAndFiveWithAStageChange()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        crm.AddInteraction(leadId, InteractionTypeOption.WebinarAttendance);
        crm.Organization.ResetDiagnostics();

        crm.AddInteraction(leadId, InteractionTypeOption.WebVisit);
        var sameStage = crm.Organization.Executions.Single(e => e.Handler.Contains(nameof(ActivityScoringPlugin))).TotalServiceCalls;
        crm.Organization.ResetDiagnostics();
        crm.AddInteraction(leadId, InteractionTypeOption.DemoRequest);
        var withMove = crm.Organization.Executions.Where(e => e.Depth <= 2 && !e.Handler.Contains(".Handoffs.")).Sum(e => e.TotalServiceCalls);

        Assert.Equal(3, sameStage);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
        Assert.Equal(5, withMove);
    }

    [Fact]
    public void ActivityScoring_DeletedActivity_TakesExactlyItsPointsAway()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        crm.AddInteraction(leadId, InteractionTypeOption.WebinarAttendance);
        var before = crm.Lead(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore);
        crm.Organization.Clock.Advance(TimeSpan.FromDays(3));
        var download = crm.AddInteraction(leadId, InteractionTypeOption.ContentDownload);
        crm.Organization.Clock.Advance(TimeSpan.FromDays(2));

        crm.System.Delete(Tables.Interaction, download);

        var lead = crm.Lead(leadId);
        var expected = before * Math.Pow(2, -5.0 / 30);
        Assert.Equal(expected, lead.GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
        Assert.DoesNotContain("download", lead.GetAttributeValue<string>(LeadColumns.ScoreExplanation), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ActivityScoring_ActivityMovedToAnotherLead_MovesItsPoints()
    {
        var crm = new FunnelOrganization();
        var first = crm.CreateLead("First");
        var second = crm.CreateLead("Second", "second@contoso.example");
        var id = crm.AddInteraction(first, InteractionTypeOption.WebinarAttendance);

        crm.System.Update(new Entity(Tables.Interaction, id) { [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, second) });

        Assert.Equal(0, crm.Lead(first).GetAttributeValue<int>(LeadColumns.Score));
        Assert.Equal(50, crm.Lead(second).GetAttributeValue<int>(LeadColumns.Score));
    }

    [Fact]
    public void ActivityScoring_OutgoingRepEmail_ScoresNothingWhileTheLeadsReplyScores()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var leadParty = new Entity("activityparty") { ["partyid"] = new EntityReference(Tables.Lead, leadId) };

        var outgoing = crm.System.Create(new Entity(Tables.Email)
        {
            ["subject"] = "Our offer",
            [ActivityStandardColumns.DirectionCode] = true,
            [ActivityStandardColumns.To] = new EntityCollection(new[] { leadParty }),
        });
        var reply = crm.System.Create(new Entity(Tables.Email)
        {
            ["subject"] = "RE: Our offer",
            [ActivityStandardColumns.DirectionCode] = false,
            [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
            [ActivityStandardColumns.From] = new EntityCollection(new[] { new Entity("activityparty") { ["partyid"] = new EntityReference(Tables.Lead, leadId) } }),
        });

        Assert.Equal(0m, crm.Activity(Tables.Email, outgoing).GetAttributeValue<decimal>(ActivityStampColumns.Points));
        Assert.True(crm.Activity(Tables.Email, reply).GetAttributeValue<decimal>(ActivityStampColumns.Points) > 0);
        Assert.True(crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score) > 0);
    }
}
