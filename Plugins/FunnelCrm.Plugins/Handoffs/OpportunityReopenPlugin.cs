using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// Reopening a won or lost opportunity (an Update of statecode to Open, as the unified interface sends it, or SetState
/// and SetStateDynamicEntity from code) records the reopen for its originating lead: a transition from Won or Lost back
/// to Opportunity with the trigger "opportunity reopened", never net-new; a lead that is still open follows with its
/// own stage. A later Win or Lose records the new outcome (a second Won row is not net-new).
/// </summary>
[PluginStep(StepId, "Update", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record an opportunity's reopening for its originating lead",
    FilteringAttributes = new[] { OpportunityStandardColumns.StateCode })]
[StepImage(StepId, ImageAlias, StepImageType.Both, Attributes = new[] { OpportunityStandardColumns.StateCode })]
[PluginStep(SetStateStepId, "SetState", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record an opportunity's reopening for its originating lead (SetState from code)")]
[StepImage(SetStateStepId, ImageAlias, StepImageType.Both, Attributes = new[] { OpportunityStandardColumns.StateCode })]
[PluginStep(SetStateDynamicEntityStepId, "SetStateDynamicEntity", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record an opportunity's reopening for its originating lead (SetStateDynamicEntity)")]
[StepImage(SetStateDynamicEntityStepId, ImageAlias, StepImageType.Both, Attributes = new[] { OpportunityStandardColumns.StateCode })]
public sealed class OpportunityReopenPlugin : PluginBase
{
    /// <summary>Step id: Update of statecode.</summary>
    public const string StepId = "3b184950-e02c-4e93-9cdf-8f60a12ce3b9";

    /// <summary>Step id: SetState.</summary>
    public const string SetStateStepId = "8c4e1f27-3a6b-4d90-b5e2-7f1a9c3d6e48";

    /// <summary>Step id: SetStateDynamicEntity.</summary>
    public const string SetStateDynamicEntityStepId = "e1d7b3a9-6c2f-4e85-a09b-3f5c8d1e7a26";

    /// <summary>The alias of the images (statecode before and after).</summary>
    public const string ImageAlias = "before";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = OpportunityStates.In(context.PreImage(ImageAlias));
        var after = OpportunityStates.In(context.PostImage(ImageAlias));
        if (after != OpportunityStates.Open || before == OpportunityStates.Open)
        {
            return;
        }

        var record = OpportunityTransitions.Read(context, context.Context.PrimaryEntityId);
        record?.Apply(StageEvent.OpportunityReopened(record.NotBeforeLatest(context.Clock.UtcNow)), TriggerOption.OpportunityReopened, null);
    }
}
