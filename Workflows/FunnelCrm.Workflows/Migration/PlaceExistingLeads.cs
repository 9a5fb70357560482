using System.Activities;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Workflows.Leads;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Migration;

/// <summary>
/// The go-live migration: places the leads that existed before FunnelCrm went live at the stage where they stand, each
/// with one transition row of its own trigger ("go-live baseline"), never net-new, and not measured, so the migration's
/// period does not count them as new volume. An open lead is scored first (its activities, decayed to now, and its
/// profile), then placed as a new lead would be: Known with an email address, Engaged with behaviour points, MQL at the
/// threshold (no handoff: it was not handed over now). A disqualified lead is placed at Disqualified. A qualified lead
/// (read-only) gets its row written directly: Opportunity, Won or Lost as its opportunity stands (SQL without one).
/// An open lead without an email address stays outside the funnel, as a new one would. Run it repeatedly (a recurring
/// process) until "More remaining" is false; each run takes the oldest leads not placed yet, within "Maximum leads" and
/// "Time budget (seconds)". Calls: one lead query and one per scored table; per open lead one write (through the stage
/// guard) and one per activity scored now; per qualified lead an opportunity read, a sequence read and the row.
/// </summary>
[WorkflowActivity("4a2c637a-f177-45f8-8095-32d7e03ff4ed", "Place existing leads", Description = "Go-live migration: place leads that existed before FunnelCrm at a baseline stage (not net-new)")]
public sealed class PlaceExistingLeads : FunnelActivity
{
    private const string Reason = "Go-live baseline: in the funnel before FunnelCrm went live";
    private const string TransitionAlias = "history";

    /// <summary>The most leads one run places (1 to 5,000).</summary>
    [Input("Maximum leads")]
    [Default("500")]
    public InArgument<int> MaximumLeads { get; set; } = new InArgument<int>(500);

    /// <summary>The run stops taking new leads after this many seconds (1 to 110).</summary>
    [Input("Time budget (seconds)")]
    [Default("90")]
    public InArgument<int> TimeBudgetSeconds { get; set; } = new InArgument<int>(90);

    /// <summary>How many leads were placed.</summary>
    [Output("Placed")]
    public OutArgument<int> Placed { get; set; } = new OutArgument<int>();

    /// <summary>True when more leads wait to be placed.</summary>
    [Output("More remaining")]
    public OutArgument<bool> MoreRemaining { get; set; } = new OutArgument<bool>();

    /// <inheritdoc />
    protected override void Run(ActivityRun context)
    {
        var batch = LeadBatch.Of(nameof(PlaceExistingLeads), MaximumLeads.Get(context.Activity), TimeBudgetSeconds.Get(context.Activity));
        var service = context.SystemService;
        var leads = service.RetrieveMultiple(Unplaced(batch.Maximum + 1)).Entities.Select(e => new LeadRecord(e)).ToList();
        var more = leads.Count > batch.Maximum;
        leads = leads.Take(batch.Maximum).ToList();
        var configuration = context.Configuration;
        var now = context.Clock.UtcNow;
        var unscored = ScoredActivityQuery.UnscoredRegarding(service, leads.Where(l => l.IsOpen).Select(l => l.Id).ToList());
        var placed = 0;
        foreach (var lead in leads)
        {
            if (batch.OutOfTime)
            {
                more = true;
                break;
            }

            var state = lead.Row.GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode)?.Value ?? 0;
            if (state == 1)
            {
                PlaceQualified(context, lead, now);
            }
            else if (state == 2)
            {
                var update = new Entity(Tables.Lead, lead.Id);
                StageColumns.Write(update, FunnelStage.Disqualified, TriggerOption.Baseline, Reason);
                service.Update(update);
            }
            else
            {
                var activities = unscored.TryGetValue(lead.Id, out var rows) ? rows : new List<Entity>();
                LeadWrite.Apply(context, lead, current => Baseline(configuration, current, activities, now));
            }

            placed++;
        }

        Placed.Set(context.Activity, placed);
        MoreRemaining.Set(context.Activity, more);
        context.Tracing.Trace("Placed {0} leads at their go-live baseline in {1} ms, more remaining: {2}.", placed, batch.ElapsedMilliseconds, more);
    }

    /// <summary>Leads with no stage and no transition row, that can be placed (closed, or open with an email address), oldest first.</summary>
    private static QueryExpression Unplaced(int top)
    {
        var query = new QueryExpression(Tables.Lead)
        {
            ColumnSet = new ColumnSet(LeadRecord.Columns.Columns.Concat(new[] { LeadStandardColumns.QualifyingOpportunityId }).ToArray()),
            TopCount = top,
        };
        query.Criteria.AddCondition(LeadColumns.Stage, ConditionOperator.Null);
        var placeable = new FilterExpression(LogicalOperator.Or);
        placeable.AddCondition(LeadStandardColumns.StateCode, ConditionOperator.NotEqual, 0);
        placeable.AddCondition(Funnel.Scoring.ProfileColumns.EmailAddress, ConditionOperator.NotNull);
        query.Criteria.AddFilter(placeable);
        var history = query.AddLink(Tables.StageTransition, LeadStandardColumns.Id, StageTransitionColumns.LeadId, JoinOperator.LeftOuter);
        history.EntityAlias = TransitionAlias;
        query.Criteria.AddCondition(TransitionAlias, StageTransitionColumns.Id, ConditionOperator.Null);
        query.AddOrder(LeadStandardColumns.CreatedOn, OrderType.Ascending);
        return query;
    }

    private static LeadRescore Baseline(FunnelConfiguration configuration, LeadRecord lead, IReadOnlyList<Entity> activities, System.DateTime now)
    {
        var rescore = LeadRescore.Of(configuration, lead, activities, now);
        if (rescore.Update != null && rescore.Card != null && BaselineStage.Of(configuration, lead, rescore.Card, now) is FunnelStage stage)
        {
            StageColumns.Write(rescore.Update, stage, TriggerOption.Baseline, Reason);
        }

        return rescore;
    }

    /// <summary>A qualified lead is read-only: its baseline row is written directly, with its opportunity.</summary>
    private static void PlaceQualified(ActivityRun context, LeadRecord lead, System.DateTime now)
    {
        var service = context.SystemService;
        var opportunity = lead.Row.GetAttributeValue<EntityReference>(LeadStandardColumns.QualifyingOpportunityId);
        var stage = FunnelStage.Sql;
        if (opportunity != null)
        {
            var state = service.Retrieve(Tables.Opportunity, opportunity.Id, new ColumnSet(OpportunityStandardColumns.StateCode))
                .GetAttributeValue<OptionSetValue>(OpportunityStandardColumns.StateCode)?.Value ?? 0;
            stage = state == 1 ? FunnelStage.Won : state == 2 ? FunnelStage.Lost : FunnelStage.Opportunity;
        }

        service.Create(new TransitionRecord
        {
            LeadId = lead.Id,
            OpportunityId = opportunity?.Id,
            To = stage,
            On = now,
            MovedBy = context.Workflow.InitiatingUserId,
            Trigger = TriggerOption.Baseline,
            ScoreThen = lead.Row.GetAttributeValue<int?>(LeadColumns.Score) ?? 0,
            Reason = Reason,
            IsNetNew = false,
            Sequence = TransitionSequence.Next(service, lead.Id),
        }.ToEntity());
    }
}
