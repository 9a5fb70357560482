using System;
using System.Collections.Generic;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Workflows.Scoring;
using FunnelCrm.Workflows.Tests.Support;
using Microsoft.Xrm.Sdk;

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
    public void RecalculateScore_BatchSizeOutOfRange_IsRefused()
    {
        var crm = new WorkflowOrganization();

        var refusal = Assert.Throws<OrganizationServiceFaultException>(() => crm.Run(new RecalculateScore(), null, new Dictionary<string, object> { ["MaximumLeads"] = 0 }));

        Assert.Contains("'Maximum leads' must be between 1 and 5000 (is 0)", refusal.Message);
    }
}
