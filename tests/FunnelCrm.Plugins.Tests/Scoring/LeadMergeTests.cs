using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
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
    public void LeadMerge_TwoFunnelLeadsWithHistory_MergeAndTheSubordinateKeepsItsTransitions()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(subordinate, InteractionTypeOption.DemoRequest);
        static string Fact(Entity t) => string.Join("|", t.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId).Id, t.GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage)?.Value,
            t.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value, t.GetAttributeValue<DateTime>(StageTransitionColumns.TransitionOn).Ticks);
        var subordinateHistory = crm.Transitions(subordinate).ToDictionary(t => t.Id, Fact);
        var masterHistory = crm.Transitions(master).ToDictionary(t => t.Id, Fact);
        Assert.True(subordinateHistory.Count >= 2, "The subordinate should have reached MQL before the merge.");

        Merge(crm, master, subordinate);

        Assert.Equal(subordinateHistory, crm.Transitions(subordinate).ToDictionary(t => t.Id, Fact));
        Assert.All(masterHistory, pair => Assert.Equal(pair.Value, Fact(crm.Transitions(master).Single(t => t.Id == pair.Key))));
        Assert.Equal(2, crm.Lead(subordinate).GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode).Value);
    }

    private static EntityCollection Party(Guid leadId) =>
        new EntityCollection(new[] { new Entity("activityparty") { ["partyid"] = new EntityReference(Tables.Lead, leadId) } });

    private static Guid EmailFrom(FunnelOrganization crm, Guid leadId) => crm.System.Create(new Entity(Tables.Email)
    {
        ["subject"] = "Question about pricing",
        [ActivityStandardColumns.From] = Party(leadId),
        [ActivityStandardColumns.DirectionCode] = false,
        [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
    });

    [Fact]
    public void LeadMerge_ActivitiesNamingTheSubordinateInAPartyList_MoveTheirPointsToTheMaster()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        EmailFrom(crm, subordinate);
        crm.System.Create(new Entity(Tables.Appointment)
        {
            ["subject"] = "Discovery meeting",
            [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
            [ActivityStandardColumns.RequiredAttendees] = Party(subordinate),
        });
        Assert.Equal(40.0, Behaviour(crm, subordinate), 6);

        Merge(crm, master, subordinate);

        Assert.Equal(40.0, Behaviour(crm, master), 6);
        Assert.Equal(0.0, Behaviour(crm, subordinate), 6);
    }

    [Fact]
    public void LeadMerge_PartyListActivityDeletedAfterTheMerge_TakesItsPointsFromTheMaster()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(master, InteractionTypeOption.Chat);
        var email = EmailFrom(crm, subordinate);
        Merge(crm, master, subordinate);

        crm.System.Delete(Tables.Email, email);

        Assert.Equal(10.0, Behaviour(crm, master), 6);
        Assert.Equal(0.0, Behaviour(crm, subordinate), 6);
    }

    [Fact]
    public void LeadMerge_ScoredActivityBeyondTheFirstQueryPage_MovesItsPointsToo()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        var imported = new ExecuteMultipleRequest { Requests = new OrganizationRequestCollection(), Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false } };
        for (var i = 0; i < 5000; i++)
        {
            var visit = Interaction(subordinate, InteractionTypeOption.WebVisit, i);
            visit[ActivityStampColumns.Points] = 0m;
            visit[ActivityStampColumns.ModelVersion] = "imported";
            visit[ActivityStampColumns.ScoredOn] = FunnelOrganization.Start;
            imported.Requests.Add(new CreateRequest { Target = visit });
            if (imported.Requests.Count == 1000)
            {
                crm.System.Execute(imported);
                imported.Requests.Clear();
            }
        }
        crm.System.Create(Interaction(subordinate, InteractionTypeOption.DemoRequest, 5000));

        Merge(crm, master, subordinate);

        Assert.Equal(100.0, Behaviour(crm, master), 6);
        Assert.Equal(0.0, Behaviour(crm, subordinate), 6);
    }

    private static Entity Interaction(Guid leadId, int type, int number) => new Entity(Tables.Interaction)
    {
        [InteractionColumns.Subject] = "Touch " + number,
        [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
        [InteractionColumns.InteractionType] = new OptionSetValue(type),
        [InteractionColumns.OccurredOn] = FunnelOrganization.Start,
        [InteractionColumns.SourceSystem] = "web",
        [InteractionColumns.ExternalId] = "touch-" + number,
    };

    [Fact]
    public void LeadMerge_WithScoredActivities_CostsFifteenCallsThroughSystem()
    {
        var crm = new FunnelOrganization();
        var master = crm.CreateLead("Contoso - J. Smith", "j.smith@contoso.example");
        var subordinate = crm.CreateLead("Contoso - John Smith", "john.smith@contoso.example");
        crm.AddInteraction(subordinate, InteractionTypeOption.Chat);
        crm.Organization.ResetDiagnostics();

        Merge(crm, master, subordinate);

        var execution = Assert.Single(crm.Organization.Executions, e => e.Handler.Contains(nameof(LeadMergeScoringPlugin)));
        Assert.Equal(15, execution.TotalServiceCalls);
        Assert.Contains("Moved 1 activities", execution.Trace);
    }
}
