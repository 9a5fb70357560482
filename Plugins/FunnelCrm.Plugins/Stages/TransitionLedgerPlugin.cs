using System;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Stages;

/// <summary>
/// Writes the immutable transition row for every stage move of a lead (and the first row when a lead is created in a
/// stage), through SYSTEM so that reps need no write access to transition rows: lead, from, to, when, who, trigger,
/// score then, reason, whether the lead entered the stage for the first time, and its place in the lead's history (the
/// sequence, read under the lead's lock that the move holds).
/// </summary>
[PluginStep(CreateStepId, "Create", Tables.Lead, PipelineStage.PostOperation, Description = "Record a new lead's first stage")]
[PluginStep(UpdateStepId, "Update", Tables.Lead, PipelineStage.PostOperation, Description = "Record a lead's stage move",
    FilteringAttributes = new[] { LeadColumns.Stage })]
[StepImage(UpdateStepId, LeadImage.Alias, StepImageType.PreImage, Attributes = new[] { LeadColumns.Stage, LeadColumns.Score, LeadStandardColumns.FullName })]
public sealed class TransitionLedgerPlugin : PluginBase
{
    /// <summary>Step id: lead Create.</summary>
    public const string CreateStepId = "90076794-673d-4543-bedb-232d43f79d2c";

    /// <summary>Step id: lead Update.</summary>
    public const string UpdateStepId = "6a2b7f43-1c8e-4f0f-9d2a-3e6f1b2c4d5e";

    /// <summary>The shared variable the guard sets: whether the move enters the stage for the first time.</summary>
    public const string NetNewVariable = "fcm_isnetnew";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.Target;
        var to = FunnelOptions.Stage(target.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (to == null)
        {
            return;
        }

        var before = context.PreImage(LeadImage.Alias);
        var from = before == null ? null : FunnelOptions.Stage(before.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (from == to)
        {
            return;
        }

        var leadId = context.Context.PrimaryEntityId;
        var score = target.GetAttributeValue<int?>(LeadColumns.Score) ?? before?.GetAttributeValue<int?>(LeadColumns.Score) ?? 0;
        var netNew = !context.Context.SharedVariables.Contains(NetNewVariable) || context.Context.SharedVariables[NetNewVariable] is true;
        var row = new Entity(Tables.StageTransition);
        row[StageTransitionColumns.Name] = (from == null ? "" : FunnelStages.Label(from.Value) + " -> ") + FunnelStages.Label(to.Value);
        row[StageTransitionColumns.LeadId] = new EntityReference(Tables.Lead, leadId);
        row[StageTransitionColumns.FromStage] = from == null ? null : FunnelOptions.Stage(from.Value);
        row[StageTransitionColumns.ToStage] = FunnelOptions.Stage(to.Value);
        row[StageTransitionColumns.TransitionOn] = target.GetAttributeValue<DateTime?>(LeadColumns.StageEnteredOn) ?? context.Clock.UtcNow;
        row[StageTransitionColumns.MovedBy] = new EntityReference("systemuser", context.Context.InitiatingUserId);
        row[StageTransitionColumns.Trigger] = target.GetAttributeValue<OptionSetValue>(LeadColumns.StageTrigger) ?? FunnelOptions.Trigger(TriggerOption.Manual);
        row[StageTransitionColumns.ScoreThen] = (decimal)score;
        row[StageTransitionColumns.Reason] = target.GetAttributeValue<string>(LeadColumns.StageReason);
        row[StageTransitionColumns.IsNetNew] = netNew;
        row[StageTransitionColumns.Sequence] = TransitionSequence.Next(context.SystemService, leadId);
        context.SystemService.Create(row);
        context.Trace("Recorded {0} for lead {1}.", row[StageTransitionColumns.Name], leadId);
    }
}
