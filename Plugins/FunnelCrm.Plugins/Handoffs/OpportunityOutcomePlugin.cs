using System.Globalization;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// Closes the funnel of an opportunity's originating lead when the opportunity's state changes from Open to Won or
/// Lost, which every way of closing it passes through: Win and Lose, the form, a Web API PATCH of statecode, an import
/// (Update of statecode and statuscode), and code that still sends SetState or SetStateDynamicEntity. It records a Won
/// or Lost transition row with the opportunity, the close date and, for a win, the actual revenue in the base currency.
/// The revenue is the opportunity's actual revenue (else its estimated value); the Lost reason is its status reason.
/// When a Win or Lose runs above the change, its close activity only adds to that: its description or subject in the
/// reason, its actual revenue and actual end. One close is recorded once however many of these steps see it (the row
/// is written only from the Opportunity stage), and a lead that is still open follows with its own stage. An
/// opportunity without an originating lead, or a lead not in the Opportunity stage, records nothing (traced).
/// </summary>
[PluginStep(StepId, "Update", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record the originating lead's Won or Lost transition when its opportunity is closed",
    FilteringAttributes = new[] { OpportunityStandardColumns.StateCode, OpportunityStandardColumns.StatusCode })]
[StepImage(StepId, ImageAlias, StepImageType.Both, Attributes = new[] { OpportunityStandardColumns.StateCode })]
[PluginStep(SetStateStepId, "SetState", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record the originating lead's Won or Lost transition (SetState from code)")]
[StepImage(SetStateStepId, ImageAlias, StepImageType.Both, Attributes = new[] { OpportunityStandardColumns.StateCode })]
[PluginStep(SetStateDynamicEntityStepId, "SetStateDynamicEntity", Tables.Opportunity, PipelineStage.PostOperation, Description = "Record the originating lead's Won or Lost transition (SetStateDynamicEntity)")]
[StepImage(SetStateDynamicEntityStepId, ImageAlias, StepImageType.Both, Attributes = new[] { OpportunityStandardColumns.StateCode })]
public sealed class OpportunityOutcomePlugin : PluginBase
{
    /// <summary>Step id: Update of statecode or statuscode.</summary>
    public const string StepId = "2f6b8d14-93c7-4a5e-b1f0-7d2e9c4a6b31";

    /// <summary>Step id: SetState.</summary>
    public const string SetStateStepId = "a4c19e72-5b3d-4f86-9e0a-1c7b2d8f5e63";

    /// <summary>Step id: SetStateDynamicEntity.</summary>
    public const string SetStateDynamicEntityStepId = "c8e2a5f9-0d4b-4a71-b3c6-5f9e1d7a2b48";

    /// <summary>The alias of the images (statecode before and after).</summary>
    public const string ImageAlias = "state";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = OpportunityStates.In(context.PreImage(ImageAlias));
        var after = OpportunityStates.In(context.PostImage(ImageAlias));
        if (before != OpportunityStates.Open || (after != OpportunityStates.Won && after != OpportunityStates.Lost))
        {
            context.Trace("The opportunity goes from state {0} to {1}: no close to record.", before, after);
            return;
        }

        var opportunityId = context.Context.PrimaryEntityId;
        var record = OpportunityTransitions.Read(context, opportunityId);
        if (record == null)
        {
            return;
        }

        var close = OpportunityCloseDetails.Of(context.Context, opportunityId);
        var on = record.NotBeforeLatest(close?.ActualEnd ?? record.ActualCloseDate ?? context.Clock.UtcNow);
        if (after == OpportunityStates.Won)
        {
            record.Apply(StageEvent.OpportunityWon(on), TriggerOption.OpportunityWon, record.BaseAmount(close?.ActualRevenue ?? record.ActualValue));
            return;
        }

        record.Apply(StageEvent.OpportunityLost(on, LostReason(record.Status, close?.Description)), TriggerOption.OpportunityLost, null);
    }

    private static string LostReason(int? status, string? description)
    {
        var label = status switch
        {
            4 => "Canceled",
            5 => "Out-sold",
            null => null,
            _ => "status reason " + status.Value.ToString(CultureInfo.InvariantCulture),
        };
        if (label == null)
        {
            return description ?? "";
        }

        return string.IsNullOrWhiteSpace(description) ? label : label + ", " + description;
    }
}
