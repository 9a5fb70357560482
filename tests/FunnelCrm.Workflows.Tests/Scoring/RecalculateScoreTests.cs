using System;
using System.Collections.Generic;
using System.Threading;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Tests.Support;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Workflows.Scoring;
using FunnelCrm.Workflows.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Workflows.Tests.Scoring;

public class RecalculateScoreTests
{
    [Fact]
    public void RecalculateScore_OneLeadAfterAHalfLife_HalvesBehaviourAsOfNow()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        var behaviour = crm.Row(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore);
        crm.Organization.Clock.Advance(TimeSpan.FromDays(30));

        var outputs = crm.Run(new RecalculateScore(), leadId, new Dictionary<string, object> { ["Lead"] = new EntityReference(Tables.Lead, leadId) });

        var lead = crm.Row(leadId);
        Assert.Equal(1, outputs["Processed"]);
        Assert.Equal(behaviour / 2, lead.GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
        Assert.Equal(crm.Now, lead.GetAttributeValue<DateTime>(LeadColumns.ScoredOn));
    }

    [Fact]
    public void RecalculateScore_JobQueuedAHalfLifeBeforeItRuns_DecaysToTheRunInstant()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        var behaviour = crm.Row(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore);
        var queued = crm.Now;
        crm.Organization.Clock.Advance(TimeSpan.FromDays(30));

        crm.RunQueued(new RecalculateScore(), leadId, new Dictionary<string, object> { ["Lead"] = new EntityReference(Tables.Lead, leadId) }, queued);

        var lead = crm.Row(leadId);
        Assert.Equal(behaviour / 2, lead.GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
        Assert.Equal(crm.Now, lead.GetAttributeValue<DateTime>(LeadColumns.ScoredOn));
    }

    [Fact]
    public void RecalculateScore_Backfill_WorksInBatchesUntilNothingRemains()
    {
        var crm = new WorkflowOrganization();
        crm.Lead("Lead A");
        crm.Lead("Lead B");
        crm.Lead("Lead C");
        crm.Organization.Clock.Advance(TimeSpan.FromDays(2));
        var batch = new Dictionary<string, object> { ["MaximumLeads"] = 2 };

        var first = crm.Run(new RecalculateScore(), null, batch);
        var second = crm.Run(new RecalculateScore(), null, batch);
        var third = crm.Run(new RecalculateScore(), null, batch);

        Assert.Equal((2, true), ((int)first["Processed"], (bool)first["MoreRemaining"]));
        Assert.Equal((1, false), ((int)second["Processed"], (bool)second["MoreRemaining"]));
        Assert.Equal(0, third["Processed"]);
    }

    [Fact]
    public void RecalculateScore_ActivityCommittedWhileTheLeadIsRecalculated_LosesNoPoints()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Mql();
        crm.Organization.Clock.Advance(TimeSpan.FromDays(30));
        var decayed = crm.Row(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore) / 2;
        crm.Organization.RegisterStep(new StepRegistration(typeof(HoldOncePlugin), "Update", Tables.Lead, PipelineStage.PreValidation));
        var hold = HoldOncePlugin.Arm(crm.Organization.Id, LeadColumns.ScoredOn);

        Exception? failure = null;
        var recalculation = new Thread(() =>
        {
            try
            {
                crm.RunQueued(new RecalculateScore(), leadId, new Dictionary<string, object> { ["Lead"] = new EntityReference(Tables.Lead, leadId) }, crm.Now);
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        recalculation.Start();
        var arrived = hold.Arrived.Wait(HoldOncePlugin.Timeout);
        crm.System.Create(new Entity(Tables.Interaction)
        {
            [InteractionColumns.Subject] = "Webinar registration",
            [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [InteractionColumns.InteractionType] = new OptionSetValue(InteractionTypeOption.WebinarRegistration),
            [InteractionColumns.OccurredOn] = crm.Now,
            [InteractionColumns.SourceSystem] = "web",
            [InteractionColumns.ExternalId] = "overlap",
        });
        hold.Release.Set();
        var finished = recalculation.Join(HoldOncePlugin.Timeout);

        Assert.True(arrived, "RecalculateScore never reached its write.");
        Assert.True(finished, "RecalculateScore did not finish.");
        Assert.Null(failure);
        Assert.Equal(decayed + 10, crm.Row(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
    }

    [Fact]
    public void RecalculateScore_AfterTheConfigurationIsFixed_ScoresTheActivitiesThatSavedUnscored()
    {
        var crm = new WorkflowOrganization();
        var leadId = crm.Lead();
        var broken = new CreateRequest
        {
            Target = new Entity(Tables.ScoringRule)
            {
                [ScoringRuleColumns.Name] = "Web visit", [ScoringRuleColumns.RuleId] = "web-visit", [ScoringRuleColumns.IsActive] = true,
                [ScoringRuleColumns.Kind] = new OptionSetValue(ScoringRuleKindOption.Behaviour), [ScoringRuleColumns.Condition] = "table=fcm_interaction",
            },
        };
        broken.Parameters["BypassCustomPluginExecution"] = true;
        var ruleId = ((CreateResponse)crm.System.Execute(broken)).id;
        crm.Organization.Clock.Advance(ConfigurationCache.TimeToLive);
        var demo = crm.System.Create(new Entity(Tables.Interaction)
        {
            [InteractionColumns.Subject] = "Demo request",
            [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [InteractionColumns.InteractionType] = new OptionSetValue(InteractionTypeOption.DemoRequest),
            [InteractionColumns.OccurredOn] = crm.Now,
            [InteractionColumns.SourceSystem] = "web",
            [InteractionColumns.ExternalId] = "unscored",
        });
        var unscored = crm.System.Retrieve(Tables.Interaction, demo, new ColumnSet(ActivityStampColumns.ModelVersion)).GetAttributeValue<string>(ActivityStampColumns.ModelVersion);
        crm.System.Update(new Entity(Tables.ScoringRule, ruleId) { [ScoringRuleColumns.IsActive] = false });

        crm.Run(new RecalculateScore(), leadId, new Dictionary<string, object> { ["Lead"] = new EntityReference(Tables.Lead, leadId) });

        Assert.Null(unscored);
        Assert.Equal(100m, crm.System.Retrieve(Tables.Interaction, demo, new ColumnSet(ActivityStampColumns.Points)).GetAttributeValue<decimal>(ActivityStampColumns.Points));
        Assert.Equal(100.0, crm.Row(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
    }

    [Fact]
    public void RecalculateScore_BatchSizeOutOfRange_IsRefused()
    {
        var crm = new WorkflowOrganization();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Run(new RecalculateScore(), null, new Dictionary<string, object> { ["MaximumLeads"] = 0 }));

        Assert.Contains("'Maximum leads' must be between 1 and 5000 (is 0)", refusal.Message);
    }
}
