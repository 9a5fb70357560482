using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Scoring;

/// <summary>
/// Brings scores up to now: the behaviour score decayed to now, the profile (fit, grade) rescored with the current
/// model, the total and explanation rewritten; a lead that has no stage yet enters the funnel (Known) and a lead whose
/// score now crosses the MQL threshold moves (both through the stage guard). With a Lead it does that lead; without
/// one it backfills: up to "Maximum leads" open leads never scored or scored before "Older than (hours)", oldest first,
/// and says whether more remain (run it again). Calls: one query, then one update per lead (plus the guard's work).
/// </summary>
[WorkflowActivity("a2c80bc7-4793-4a0a-b356-f6c707854c3f", "Recalculate score", Description = "Decay scores to now and rescore profiles: one lead, or a backfill batch")]
public sealed class RecalculateScore : FunnelActivity
{
    /// <summary>The lead to recalculate; empty for a backfill batch.</summary>
    [Input("Lead")]
    [ReferenceTarget("lead")]
    public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

    /// <summary>The most leads one run handles (1 to 5,000).</summary>
    [Input("Maximum leads")]
    [Default("500")]
    public InArgument<int> MaximumLeads { get; set; } = new InArgument<int>(500);

    /// <summary>Leads scored within this many hours are left alone (backfill only).</summary>
    [Input("Older than (hours)")]
    [Default("24")]
    public InArgument<int> OlderThanHours { get; set; } = new InArgument<int>(24);

    /// <summary>How many leads were recalculated.</summary>
    [Output("Processed")]
    public OutArgument<int> Processed { get; set; } = new OutArgument<int>();

    /// <summary>How many of them changed stage.</summary>
    [Output("Moved")]
    public OutArgument<int> Moved { get; set; } = new OutArgument<int>();

    /// <summary>True when more leads wait for a backfill run.</summary>
    [Output("More remaining")]
    public OutArgument<bool> MoreRemaining { get; set; } = new OutArgument<bool>();

    /// <inheritdoc />
    protected override void Run(ActivityRun context)
    {
        var maximum = MaximumLeads.Get(context.Activity);
        var olderThan = OlderThanHours.Get(context.Activity);
        if (maximum < 1 || maximum > 5000)
        {
            throw new InvalidPluginExecutionException("RecalculateScore: 'Maximum leads' must be between 1 and 5000 (is " + maximum + ").");
        }

        if (olderThan < 0)
        {
            throw new InvalidPluginExecutionException("RecalculateScore: 'Older than (hours)' must not be negative (is " + olderThan + ").");
        }

        var now = context.Clock.UtcNow;
        var single = Lead.Get(context.Activity);
        List<LeadRecord> leads;
        var more = false;
        if (single != null)
        {
            leads = new List<LeadRecord> { RequireLead(context, single, nameof(RecalculateScore)) };
        }
        else
        {
            var query = new QueryExpression(Tables.Lead) { ColumnSet = LeadRecord.Columns, TopCount = maximum + 1 };
            query.Criteria.AddCondition(LeadStandardColumns.StateCode, ConditionOperator.Equal, 0);
            var due = new FilterExpression(LogicalOperator.Or);
            due.AddCondition(LeadColumns.ScoredOn, ConditionOperator.Null);
            due.AddCondition(LeadColumns.ScoredOn, ConditionOperator.LessThan, now.AddHours(-olderThan));
            query.Criteria.AddFilter(due);
            query.AddOrder(LeadColumns.ScoredOn, OrderType.Ascending);
            leads = context.SystemService.RetrieveMultiple(query).Entities.Select(e => new LeadRecord(e)).ToList();
            more = leads.Count > maximum;
            leads = leads.Take(maximum).ToList();
        }

        var configuration = context.Configuration;
        var moved = 0;
        foreach (var lead in leads)
        {
            var update = new Entity(Tables.Lead, lead.Id);
            var state = configuration.Engine.ApplyProfile(lead.ScoreState, lead.Profile, now);
            var card = LeadScoreColumns.Write(update, configuration, state, lead.TopContributions, lead, now);
            if (lead.IsOpen)
            {
                var stageEvent = lead.Stage == null ? StageEvent.Created(now) : StageEvent.ScoreChanged(now);
                var move = configuration.Stages.Apply(lead.FunnelState(card.Total, card.Fit), stageEvent);
                if (move.Moved && move.Transition != null)
                {
                    StageColumns.Write(update, move.Transition);
                    moved++;
                }
            }

            context.SystemService.Update(update);
        }

        Processed.Set(context.Activity, leads.Count);
        Moved.Set(context.Activity, moved);
        MoreRemaining.Set(context.Activity, more);
        context.Tracing.Trace("Recalculated {0} leads, {1} moved, more remaining: {2}.", leads.Count, moved, more);
    }
}
