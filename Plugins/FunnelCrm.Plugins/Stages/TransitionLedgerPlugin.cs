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
/// sequence, read under the lead's lock that the move holds). A lead that is still open when its opportunity is won,
/// lost or reopened follows it with a stage update, after the opportunity's step wrote the row with the opportunity and
/// the revenue: the latest row already records that move, and nothing is added.
/// </summary>
[PluginStep(CreateStepId, "Create", Tables.Lead, PipelineStage.PostOperation, Description = "Record a new lead's first stage")]
[PluginStep(UpdateStepId, "Update", Tables.Lead, PipelineStage.PostOperation, Description = "Record a lead's stage move",
    FilteringAttributes = new[] { LeadColumns.Stage })]
[StepImage(UpdateStepId, LeadImage.Alias, StepImageType.Both, Attributes = new[] { LeadColumns.Stage, LeadColumns.Score })]
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
        var trigger = FunnelOptions.Trigger(target.GetAttributeValue<OptionSetValue>(LeadColumns.StageTrigger)) ?? TriggerOption.Manual;
        var latest = TransitionSequence.Latest(context.SystemService, leadId);
        if (TransitionSequence.Records(latest, from, to.Value, trigger))
        {
            context.Trace("The move of lead {0} to {1} ({2}) is recorded already, by the step that followed its opportunity: nothing to add.", leadId, to, trigger);
            return;
        }

        var score = context.PostImage(LeadImage.Alias)?.GetAttributeValue<int?>(LeadColumns.Score) ?? Bookkeeping.Value<int?>(context, LeadColumns.Score) ?? 0;
        var netNew = !context.Context.SharedVariables.Contains(NetNewVariable) || context.Context.SharedVariables[NetNewVariable] is true;
        var row = new TransitionRecord
        {
            LeadId = leadId,
            OpportunityId = target.GetAttributeValue<EntityReference>(LeadStandardColumns.QualifyingOpportunityId)?.Id,
            From = from,
            To = to.Value,
            On = target.GetAttributeValue<DateTime?>(LeadColumns.StageEnteredOn) ?? context.Clock.UtcNow,
            MovedBy = context.Context.InitiatingUserId,
            Trigger = trigger,
            ScoreThen = score,
            Reason = target.GetAttributeValue<string>(LeadColumns.StageReason),
            IsNetNew = netNew,
            Sequence = TransitionSequence.After(latest),
        }.ToEntity();
        context.SystemService.Create(row);
        context.Trace("Recorded {0} for lead {1}.", row[StageTransitionColumns.Name], leadId);
    }
}
