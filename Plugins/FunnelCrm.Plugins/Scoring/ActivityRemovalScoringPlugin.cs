using System;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Scoring;

/// <summary>
/// Takes a deleted activity's stamped contribution away from its lead (from each of its leads, in id order). Activities deleted because their lead is being
/// deleted leave the lead alone.
/// </summary>
[PluginStep(EmailStep, "Delete", Tables.Email, PipelineStage.PreOperation, Description = "Unscore a deleted email")]
[StepImage(EmailStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.DirectionCode, ActivityStandardColumns.StateCode, ActivityStandardColumns.From, ActivityStandardColumns.To, ActivityStandardColumns.Cc, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(PhoneCallStep, "Delete", Tables.PhoneCall, PipelineStage.PreOperation, Description = "Unscore a deleted phone call")]
[StepImage(PhoneCallStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.DirectionCode, ActivityStandardColumns.StateCode, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(AppointmentStep, "Delete", Tables.Appointment, PipelineStage.PreOperation, Description = "Unscore a deleted appointment")]
[StepImage(AppointmentStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, ActivityStandardColumns.RequiredAttendees, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(TaskStep, "Delete", Tables.Task, PipelineStage.PreOperation, Description = "Unscore a deleted task")]
[StepImage(TaskStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(CampaignResponseStep, "Delete", Tables.CampaignResponse, PipelineStage.PreOperation, Description = "Unscore a deleted campaign response")]
[StepImage(CampaignResponseStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, ActivityStandardColumns.Customer, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(InteractionStep, "Delete", Tables.Interaction, PipelineStage.PreOperation, Description = "Unscore a deleted interaction")]
[StepImage(InteractionStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, InteractionColumns.InteractionType, InteractionColumns.OccurredOn, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
public sealed class ActivityRemovalScoringPlugin : PluginBase
{
    /// <summary>The pre-image alias.</summary>
    public const string ImageAlias = "activity";

    /// <summary>Step id: email Delete.</summary>
    public const string EmailStep = "c7e981e7-1e96-4562-af04-3f873567bc1a";

    /// <summary>Step id: phone call Delete.</summary>
    public const string PhoneCallStep = "9f2c3b45-d6f8-45a4-a30a-72f07ee8343b";

    /// <summary>Step id: appointment Delete.</summary>
    public const string AppointmentStep = "fa4b6ef1-f3ad-46d0-a9e2-2a083962a8d0";

    /// <summary>Step id: task Delete.</summary>
    public const string TaskStep = "99b219f4-6e05-431a-906f-2eb93bdaf7c3";

    /// <summary>Step id: campaign response Delete.</summary>
    public const string CampaignResponseStep = "eedce02a-5fe6-4723-877b-4700c21300a9";

    /// <summary>Step id: interaction Delete.</summary>
    public const string InteractionStep = "96e9f23e-220b-4504-bde6-e4bce15e7a56";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (ParentOperations.IsDeleteOf(context.Context, Tables.Lead))
        {
            context.Trace("The activity goes with its lead: no rescoring.");
            return;
        }

        var record = new ActivityRecord(context.PreImage(ImageAlias)!);
        var activity = record.ToScored(context.Clock.UtcNow);
        if (record.LeadIds.Count == 0 || activity.Stamp is not { Points: not 0.0 })
        {
            context.Trace("The deleted activity added nothing to a lead.");
            return;
        }

        var configuration = FunnelConfigurationSource.For(context);
        foreach (var leadId in record.LeadIds.OrderBy(id => id))
        {
            LeadActivityScorer.Remove(context, configuration, leadId, activity);
        }
    }
}
