using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Workflows.Leads;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Scoring;

/// <summary>
/// Brings scores up to now (see <see cref="LeadRescore"/>): activities that were never scored are scored, the
/// behaviour score decays to now, the profile is rescored, and a lead whose score now crosses the MQL threshold moves
/// (through the stage guard). With a Lead it does that lead; without one it backfills: up to "Maximum leads" open leads
/// never scored or scored before "Older than (hours)", oldest first, within "Time budget (seconds)", and says whether
/// more remain; the next run continues with the oldest-scored leads left. A lead changed by an activity while it is
/// being recalculated loses nothing: in a transaction (a real-time process) the lead is locked and read again first;
/// in a background process each write carries the row version it was computed from and is computed again on a change.
/// Calls: one lead query and one query per scored table, then per lead one write (plus the guard's work), one per
/// activity scored now, and a read and a write more for each lead that changed meanwhile.
/// </summary>
[WorkflowActivity("a2c80bc7-4793-4a0a-b356-f6c707854c3f", "Recalculate score", Description = "Score what was never scored, decay scores to now and rescore profiles: one lead, or a backfill batch")]
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

    /// <summary>The run stops taking new leads after this many seconds (1 to 110; the sandbox ends a run at 120).</summary>
    [Input("Time budget (seconds)")]
    [Default("90")]
    public InArgument<int> TimeBudgetSeconds { get; set; } = new InArgument<int>(90);

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
        var batch = LeadBatch.Of(nameof(RecalculateScore), MaximumLeads.Get(context.Activity), TimeBudgetSeconds.Get(context.Activity));
        var maximum = batch.Maximum;
        var olderThan = OlderThanHours.Get(context.Activity);
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
        var unscored = ScoredActivityQuery.UnscoredRegarding(context.SystemService, leads.Select(l => l.Id).ToList());
        var processed = 0;
        var moved = 0;
        foreach (var lead in leads)
        {
            if (batch.OutOfTime)
            {
                more = true;
                break;
            }

            var activities = unscored.TryGetValue(lead.Id, out var rows) ? rows : new List<Entity>();
            if (LeadWrite.Apply(context, lead, current => LeadRescore.Of(configuration, current, activities, now)).Moved)
            {
                moved++;
            }

            processed++;
        }

        Processed.Set(context.Activity, processed);
        Moved.Set(context.Activity, moved);
        MoreRemaining.Set(context.Activity, more);
        context.Tracing.Trace("Recalculated {0} leads in {1} ms, {2} moved, more remaining: {3}.", processed, batch.ElapsedMilliseconds, moved, more);
    }
}
