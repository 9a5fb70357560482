using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Sla;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Measuring;

/// <summary>
/// Keeps the funnel snapshot rows current, one transition at a time, so the CRM's conversion and velocity charts need
/// no timer: after a transition row is created (asynchronously, as a system job), the engine's snapshot delta for that
/// transition is added to the week, month and quarter rows of the stages it touches (daily figures come from the transitions themselves: funnelcrm report --period day).
/// Go-live baseline rows are not measured: they say where a lead stood before FunnelCrm, not when it moved.
/// </summary>
[PluginStep(StepId, "Create", Tables.StageTransition, PipelineStage.PostOperation, Mode = StepMode.Asynchronous, Description = "Add a transition to the funnel snapshots")]
public sealed class SnapshotPlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "4fce2172-9d50-4e9b-8c99-6d3a8f1bae45";

    private static readonly PeriodKind[] Kinds = { PeriodKind.Week, PeriodKind.Month, PeriodKind.Quarter };

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var row = context.Target;
        var to = FunnelOptions.Stage(row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage));
        var lead = row.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId);
        var on = row.GetAttributeValue<DateTime?>(StageTransitionColumns.TransitionOn);
        if (to == null || lead == null || on == null)
        {
            context.Trace("The transition names no lead, stage or time: no snapshot change.");
            return;
        }

        if (FunnelOptions.Trigger(row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Trigger)) == TriggerOption.Baseline)
        {
            context.Trace("A go-live baseline is where the lead stood before FunnelCrm, not a move: not measured.");
            return;
        }

        var service = context.SystemService;
        var before = FirstEntriesBefore(service, lead.Id, row.GetAttributeValue<int?>(StageTransitionColumns.Sequence));
        var transition = new StageTransition(lead.Id, FunnelOptions.Stage(row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage)), to.Value,
            DateTime.SpecifyKind(on.Value, DateTimeKind.Utc), StageTrigger.ManualChange, (double)(row.GetAttributeValue<decimal?>(StageTransitionColumns.ScoreThen) ?? 0m),
            row.GetAttributeValue<string>(StageTransitionColumns.Reason) ?? "", row.GetAttributeValue<bool?>(StageTransitionColumns.IsNetNew) ?? true);
        var zone = FunnelTimeZones.Find(FunnelConfigurationSource.For(context).Settings.TimeZone);
        SnapshotRows.Add(service, Kinds.SelectMany(kind => FunnelSnapshots.Delta(before, transition, kind, zone)).ToList());
    }

    /// <summary>
    /// The lead's first entries from the transitions the ledger recorded before this one (by its sequence, which every
    /// job reads the same way). Each job adds the change from that prefix to the prefix with its own row, so the sum over
    /// all jobs equals a full recomputation whatever order the jobs run in.
    /// </summary>
    private static LeadFirstEntries FirstEntriesBefore(IOrganizationService service, Guid leadId, int? sequence)
    {
        var query = new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(StageTransitionColumns.ToStage, StageTransitionColumns.TransitionOn) };
        query.Criteria.AddCondition(StageTransitionColumns.LeadId, ConditionOperator.Equal, leadId);
        query.Criteria.AddCondition(StageTransitionColumns.Sequence, ConditionOperator.LessThan, sequence ?? 1);
        query.Criteria.AddCondition(StageTransitionColumns.Trigger, ConditionOperator.NotEqual, StageTriggerOption.Baseline);
        var entries = new List<KeyValuePair<FunnelStage, DateTime>>();
        foreach (var entity in service.RetrieveMultiple(query).Entities)
        {
            var stage = FunnelOptions.Stage(entity.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage));
            var on = entity.GetAttributeValue<DateTime?>(StageTransitionColumns.TransitionOn);
            if (stage != null && on != null)
            {
                entries.Add(new KeyValuePair<FunnelStage, DateTime>(stage.Value, DateTime.SpecifyKind(on.Value, DateTimeKind.Utc)));
            }
        }

        return LeadFirstEntries.From(entries);
    }
}
