using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// Reopening a won or lost opportunity (an Update of statecode to Open, as the unified interface sends it, or SetState
/// from code) records the reopen for its originating lead: a transition from
/// Won or Lost back to Opportunity with the trigger "opportunity reopened", never net-new. A later Win or Lose records
/// the new outcome (a second Won row is not net-new).
/// </summary>
[PluginStep(StepId, "Update", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record an opportunity's reopening for its originating lead",
    FilteringAttributes = new[] { OpportunityStandardColumns.StateCode })]
[StepImage(StepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { OpportunityStandardColumns.StateCode })]
[PluginStep(SetStateStepId, "SetState", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record an opportunity's reopening for its originating lead (SetState from code)")]
[StepImage(SetStateStepId, ImageAlias, StepImageType.PreImage, Attributes = new[] { OpportunityStandardColumns.StateCode })]
public sealed class OpportunityReopenPlugin : PluginBase
{
    /// <summary>Step id: Update of statecode.</summary>
    public const string StepId = "3b184950-e02c-4e93-9cdf-8f60a12ce3b9";

    /// <summary>Step id: SetState.</summary>
    public const string SetStateStepId = "8c4e1f27-3a6b-4d90-b5e2-7f1a9c3d6e48";

    /// <summary>The pre-image alias.</summary>
    public const string ImageAlias = "before";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var stateBefore = context.PreImage(ImageAlias)!.GetAttributeValue<OptionSetValue>(OpportunityStandardColumns.StateCode)?.Value ?? 0;
        var state = StateChange.Of(context.Context).State;
        if (state != 0 || stateBefore == 0)
        {
            return;
        }

        var record = OpportunityTransitions.Read(context, context.Context.PrimaryEntityId);
        if (record == null || (record.Current != FunnelStage.Won && record.Current != FunnelStage.Lost))
        {
            context.Trace("The originating lead is not Won or Lost: no reopen to record.");
            return;
        }

        var from = record.Current.Value;
        record.Record(from, FunnelStage.Opportunity, context.Clock.UtcNow, TriggerOption.OpportunityReopened,
            "Opportunity reopened after it was " + (from == FunnelStage.Won ? "won" : "lost"), false, null);
    }
}
