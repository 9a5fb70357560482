using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Measuring;

/// <summary>
/// Rebuilds one period's snapshot rows (week, month or quarter containing "Period date", in the settings' time zone)
/// from the transition rows, for repairs and backfills: pages through every transition (5,000 per page; only lead,
/// to-stage and time are read), keeps each lead's first entries (about 100 bytes per lead), computes the period's
/// counters with the engine and writes them over the period's rows (a stage with nothing left is set to zero).
/// Calls: one per page, one to read the period's rows, one write per stage row.
/// </summary>
[WorkflowActivity("b3d91cd8-58a4-4b1b-a467-07d818965d40", "Compute funnel snapshot", Description = "Rebuild one period's snapshot rows from the transition rows")]
public sealed class ComputeFunnelSnapshot : FunnelActivity
{
    private const int PageSize = 5000;

    /// <summary>Week, Month or Quarter.</summary>
    [Input("Period kind")]
    [Default("Month")]
    public InArgument<string> PeriodKindName { get; set; } = new InArgument<string>("Month");

    /// <summary>Any date inside the period.</summary>
    [RequiredArgument]
    [Input("Period date")]
    public InArgument<DateTime> PeriodDate { get; set; } = new InArgument<DateTime>();

    /// <summary>How many transition rows were read.</summary>
    [Output("Transitions read")]
    public OutArgument<int> TransitionsRead { get; set; } = new OutArgument<int>();

    /// <summary>How many snapshot rows were written.</summary>
    [Output("Rows written")]
    public OutArgument<int> RowsWritten { get; set; } = new OutArgument<int>();

    /// <summary>The period rebuilt, e.g. "2026-03".</summary>
    [Output("Period")]
    public OutArgument<string> PeriodLabel { get; set; } = new OutArgument<string>();

    /// <inheritdoc />
    protected override void Run(ActivityRun context)
    {
        var kindName = (PeriodKindName.Get(context.Activity) ?? "").Trim();
        if (!Enum.TryParse(kindName, true, out PeriodKind kind) || kind == PeriodKind.Day || !Enum.IsDefined(typeof(PeriodKind), kind))
        {
            throw new InvalidPluginExecutionException("ComputeFunnelSnapshot: 'Period kind' must be Week, Month or Quarter (is '" + kindName + "').");
        }

        var date = PeriodDate.Get(context.Activity);
        if (date == default)
        {
            throw new InvalidPluginExecutionException("ComputeFunnelSnapshot needs a 'Period date' inside the period to rebuild.");
        }

        var zone = FunnelTimeZones.Find(context.Configuration.Settings.TimeZone);
        var period = Period.Of(kind, DateTime.SpecifyKind(date, DateTimeKind.Utc), zone);
        var service = context.SystemService;
        var history = new FunnelHistory();
        var read = 0;
        var query = new QueryExpression(Tables.StageTransition)
        {
            ColumnSet = new ColumnSet(StageTransitionColumns.LeadId, StageTransitionColumns.ToStage, StageTransitionColumns.TransitionOn),
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(StageTransitionColumns.Trigger, ConditionOperator.NotEqual, StageTriggerOption.Baseline);
        query.AddOrder(StageTransitionColumns.Id, OrderType.Ascending);
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                read++;
                var lead = row.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId);
                var to = FunnelOptions.Stage(row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage));
                var on = row.GetAttributeValue<DateTime?>(StageTransitionColumns.TransitionOn);
                if (lead != null && to != null && on != null)
                {
                    history.Add(lead.Id, to.Value, DateTime.SpecifyKind(on.Value, DateTimeKind.Utc));
                }
            }

            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        var computed = FunnelSnapshots.Compute(history, kind, zone).Where(p => p.Key.Period.Equals(period)).ToDictionary(p => p.Key.Stage, p => p.Value);
        var existingQuery = new QueryExpression(Tables.FunnelSnapshot) { ColumnSet = new ColumnSet(FunnelSnapshotColumns.Key) };
        existingQuery.Criteria.AddCondition(FunnelSnapshotColumns.Key, ConditionOperator.In, FunnelStages.All.Select(s => (object)SnapshotRows.Key(period, s)).ToArray());
        var existing = new HashSet<string>(service.RetrieveMultiple(existingQuery).Entities.Select(e => e.GetAttributeValue<string>(FunnelSnapshotColumns.Key)), StringComparer.Ordinal);
        var written = 0;
        foreach (var stage in FunnelStages.All)
        {
            if (computed.TryGetValue(stage, out var counters) || existing.Contains(SnapshotRows.Key(period, stage)))
            {
                SnapshotRows.Replace(service, period, stage, counters ?? new SnapshotCounters());
                written++;
            }
        }

        TransitionsRead.Set(context.Activity, read);
        RowsWritten.Set(context.Activity, written);
        PeriodLabel.Set(context.Activity, period.Label);
        context.Tracing.Trace("Rebuilt {0} {1}: {2} transitions read, {3} rows written.", kind, period.Label, read, written);
    }
}
