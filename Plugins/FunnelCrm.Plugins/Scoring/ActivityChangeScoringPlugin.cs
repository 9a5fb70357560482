using System;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Scoring;

/// <summary>
/// Rescores an activity when what scoring reads changes (its lead links, direction, state or subtype): the stamped
/// contribution leaves each old lead exactly, and the activity is scored again for each of its leads as it now is (the
/// leads taken in id order, so two changes never lock the same leads in opposite orders). Cancelling a scored activity
/// takes its points away. Activities a lead Merge moves are left to the merge step.
/// </summary>
[PluginStep(EmailStep, "Update", Tables.Email, PipelineStage.PreOperation, Description = "Rescore a changed email",
    FilteringAttributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.DirectionCode, ActivityStandardColumns.StateCode, ActivityStandardColumns.From, ActivityStandardColumns.To, ActivityStandardColumns.Cc })]
[StepImage(EmailStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.DirectionCode, ActivityStandardColumns.StateCode, ActivityStandardColumns.From, ActivityStandardColumns.To, ActivityStandardColumns.Cc, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(PhoneCallStep, "Update", Tables.PhoneCall, PipelineStage.PreOperation, Description = "Rescore a changed phone call",
    FilteringAttributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.DirectionCode, ActivityStandardColumns.StateCode })]
[StepImage(PhoneCallStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.DirectionCode, ActivityStandardColumns.StateCode, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(AppointmentStep, "Update", Tables.Appointment, PipelineStage.PreOperation, Description = "Rescore a changed appointment",
    FilteringAttributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, ActivityStandardColumns.RequiredAttendees })]
[StepImage(AppointmentStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, ActivityStandardColumns.RequiredAttendees, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(TaskStep, "Update", Tables.Task, PipelineStage.PreOperation, Description = "Rescore a changed task",
    FilteringAttributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode })]
[StepImage(TaskStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(CampaignResponseStep, "Update", Tables.CampaignResponse, PipelineStage.PreOperation, Description = "Rescore a changed campaign response",
    FilteringAttributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, ActivityStandardColumns.Customer })]
[StepImage(CampaignResponseStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, ActivityStandardColumns.Customer, ActivityStandardColumns.ActualEnd, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
[PluginStep(InteractionStep, "Update", Tables.Interaction, PipelineStage.PreOperation, Description = "Rescore a changed interaction",
    FilteringAttributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, InteractionColumns.InteractionType })]
[StepImage(InteractionStep, ImageAlias, StepImageType.PreImage, Attributes = new[] { ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, InteractionColumns.InteractionType, InteractionColumns.OccurredOn, ActivityStandardColumns.CreatedOn, ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })]
public sealed class ActivityChangeScoringPlugin : PluginBase
{
    /// <summary>The pre-image alias.</summary>
    public const string ImageAlias = "activity";

    /// <summary>Step id: email Update.</summary>
    public const string EmailStep = "ff417314-4221-4faa-93cf-30b66b5035c8";

    /// <summary>Step id: phone call Update.</summary>
    public const string PhoneCallStep = "4dcbb8a8-488a-4728-9764-bc2d39803671";

    /// <summary>Step id: appointment Update.</summary>
    public const string AppointmentStep = "61677c4c-4fdf-4b0a-aa36-cf6b036f4283";

    /// <summary>Step id: task Update.</summary>
    public const string TaskStep = "132c870f-a358-459f-a7ff-d8bfcda62a2e";

    /// <summary>Step id: campaign response Update.</summary>
    public const string CampaignResponseStep = "5b687101-4503-46b6-939f-05f49743cb50";

    /// <summary>Step id: interaction Update.</summary>
    public const string InteractionStep = "9fcd2100-d614-4ef7-ae37-b538cc99eb57";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (ParentOperations.IsMergeOf(context.Context, Tables.Lead))
        {
            context.Trace("The merge moves this activity to the master lead; the merge step has moved its points already.");
            return;
        }

        var target = context.Target;
        var before = context.PreImage(ImageAlias)!;
        var beforeRecord = new ActivityRecord(before);
        var after = LeadRecord.Merge(before, target);
        foreach (var stampColumn in new[] { ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn })
        {
            after.Attributes.Remove(stampColumn);
        }

        var afterRecord = new ActivityRecord(after);
        var now = context.Clock.UtcNow;
        var configuration = FunnelConfigurationSource.ForSoftFail(context);
        if (configuration == null)
        {
            return;
        }

        var oldActivity = beforeRecord.ToScored(now);
        var newActivity = afterRecord.ToScored(now);
        var oldRule = oldActivity.Stamp == null ? null : configuration.Engine.MatchRule(oldActivity.WithStamp(null));
        var newRule = configuration.Engine.MatchRule(newActivity);
        var oldLeads = beforeRecord.LeadIds;
        var newLeads = afterRecord.LeadIds;
        if (oldLeads.Count == newLeads.Count && !oldLeads.Except(newLeads).Any() && oldRule == newRule && oldActivity.Stamp != null)
        {
            context.Trace("The {0} still counts the same for the same leads: their scores stay.", target.LogicalName);
            return;
        }

        var losing = oldActivity.Stamp is { Points: not 0.0 } ? oldLeads : new Guid[0];
        var gaining = newRule != null ? newLeads : new Guid[0];
        ActivityStamp? stamp = null;
        foreach (var leadId in losing.Union(gaining).OrderBy(id => id))
        {
            if (losing.Contains(leadId))
            {
                LeadActivityScorer.Remove(context, configuration, leadId, oldActivity);
            }

            if (gaining.Contains(leadId))
            {
                stamp = LeadActivityScorer.Larger(stamp, LeadActivityScorer.Add(context, configuration, leadId, newActivity));
            }
        }

        if (gaining.Count > 0)
        {
            ActivityRecord.WriteStamp(target, stamp);
        }
        else
        {
            ActivityRecord.WriteStamp(target, newLeads.Count == 0 ? null : new ActivityStamp(0, configuration.Engine.Version, now));
        }
    }
}
