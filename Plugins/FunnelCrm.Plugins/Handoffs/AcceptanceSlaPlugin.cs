using System;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// Stops the acceptance SLA clock when an MQL leaves MQL, after the stage guard accepted the move (same update, no
/// extra call as SYSTEM, one through SYSTEM for a person): an acceptance, a booked meeting or a rejection gets
/// "acceptance SLA met" or "breached by N hours" added to its stage reason (so the transition row records it), and
/// fcm_sladueon (secured bookkeeping) is cleared.
/// </summary>
[PluginStep(StepId, "Update", Tables.Lead, PipelineStage.PreOperation, Rank = 3, Description = "Check the acceptance SLA when an MQL is accepted or rejected",
    FilteringAttributes = new[] { LeadColumns.Stage })]
[StepImage(StepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { LeadColumns.Stage, LeadColumns.SlaDueOn })]
public sealed class AcceptanceSlaPlugin : PluginBase
{
    /// <summary>Step id.</summary>
    public const string StepId = "c4a1d2e3-7f5b-4d2c-8b68-1e9f3a5b7d42";

    /// <summary>The pre-image alias.</summary>
    public const string ImageAlias = "before";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(ImageAlias)!;
        var target = context.Target;
        var to = FunnelOptions.Stage(target.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));
        if (FunnelOptions.Stage(before.GetAttributeValue<OptionSetValue>(LeadColumns.Stage)) != FunnelStage.Mql || to == null || to == FunnelStage.Mql
            || before.GetAttributeValue<DateTime?>(LeadColumns.SlaDueOn) is not DateTime due)
        {
            return;
        }

        var now = context.Clock.UtcNow;
        var trigger = FunnelOptions.Trigger(target.GetAttributeValue<OptionSetValue>(LeadColumns.StageTrigger));
        if (trigger == TriggerOption.Accepted || trigger == TriggerOption.MeetingBooked || trigger == TriggerOption.Rejected)
        {
            var sla = new AcceptanceSla(due, now, now);
            var reason = (target.GetAttributeValue<string>(LeadColumns.StageReason) ?? "") + "; " + sla.Describe();
            target[LeadColumns.StageReason] = reason.Length <= 400 ? reason : reason.Substring(0, 400);
            context.Trace("Lead {0}: {1}", context.Context.PrimaryEntityId, sla.Describe());
        }

        Bookkeeping.Write(context, new Entity(Tables.Lead) { [LeadColumns.SlaDueOn] = null });
    }
}
