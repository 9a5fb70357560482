using System;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Scoring;

/// <summary>
/// Scores a new activity for its lead in the same transaction (each lead once when its party lists name several: an
/// email to and copied to two leads scores both), and stamps the activity row itself with the points,
/// model version and time (in pre-operation, at no call cost): the activities are the ledger that explains and
/// replays the score. An activity that already carries a stamp (retries, replays, imports) is never counted again;
/// one that matches no rule is stamped with 0 points without touching the lead. An email or phone call without a
/// direction is scored as the direction the column's default gives it (read from the metadata), never assumed incoming. When the configuration cannot be used
/// the activity saves unstamped (traced), so tracking never stops; RecalculateScore scores it once the rule is fixed.
/// </summary>
[PluginStep(EmailStep, "Create", Tables.Email, PipelineStage.PreOperation, Description = "Score an email for its lead")]
[PluginStep(PhoneCallStep, "Create", Tables.PhoneCall, PipelineStage.PreOperation, Description = "Score a phone call for its lead")]
[PluginStep(AppointmentStep, "Create", Tables.Appointment, PipelineStage.PreOperation, Description = "Score an appointment for its lead")]
[PluginStep(TaskStep, "Create", Tables.Task, PipelineStage.PreOperation, Description = "Score a task for its lead")]
[PluginStep(CampaignResponseStep, "Create", Tables.CampaignResponse, PipelineStage.PreOperation, Description = "Score a campaign response for its lead")]
[PluginStep(InteractionStep, "Create", Tables.Interaction, PipelineStage.PreOperation, Description = "Score an interaction for its lead")]
public sealed class ActivityScoringPlugin : PluginBase
{
    /// <summary>Step id: email Create.</summary>
    public const string EmailStep = "c66a0c71-9a58-4af0-953c-cf6fcdbf1196";

    /// <summary>Step id: phone call Create.</summary>
    public const string PhoneCallStep = "de589bfc-17ad-4e9d-954f-6dacc4a58b69";

    /// <summary>Step id: appointment Create.</summary>
    public const string AppointmentStep = "f490d047-c63d-478f-91a5-9aac4f281e11";

    /// <summary>Step id: task Create.</summary>
    public const string TaskStep = "9c98268c-7e9c-4007-a864-950f6c006831";

    /// <summary>Step id: campaign response Create.</summary>
    public const string CampaignResponseStep = "9e5a7c08-05aa-47b2-bb96-3539018c2995";

    /// <summary>Step id: interaction Create.</summary>
    public const string InteractionStep = "70de5901-ce15-40c5-9b15-1f5a8f035980";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.Target;
        var record = new ActivityRecord(target);
        var leads = record.LeadIds;
        if (leads.Count == 0)
        {
            context.Trace("The {0} names no lead: nothing to score.", target.LogicalName);
            return;
        }

        if (record.Stamp != null)
        {
            context.Trace("The {0} is already scored ({1} points, model {2}): not counted again.", target.LogicalName, record.Stamp.Points, record.Stamp.ModelVersion);
            return;
        }

        if (target.Id == Guid.Empty)
        {
            target.Id = Guid.NewGuid();
            target[ActivityStandardColumns.ActivityId] = target.Id;
        }

        var configuration = FunnelConfigurationSource.ForSoftFail(context);
        if (configuration == null)
        {
            return;
        }

        DirectionAsSaved(context, target);
        var activity = record.ToScored(context.Clock.UtcNow);
        if (configuration.Engine.MatchRule(activity) == null)
        {
            context.Trace("No scoring rule matches this {0}: stamped with 0 points.", target.LogicalName);
            ActivityRecord.WriteStamp(target, new Funnel.Scoring.ActivityStamp(0, configuration.Engine.Version, context.Clock.UtcNow));
            return;
        }

        ActivityRecord.WriteStamp(target, LeadActivityScorer.AddToEach(context, configuration, leads, activity));
    }

    /// <summary>
    /// An email or phone call created without a direction is saved with the column's default (Outgoing in a standard
    /// organization, but an organization may change it): the step reads that default from the metadata and puts it in
    /// the Target, so the direction it scores is the one the row will hold.
    /// </summary>
    private static void DirectionAsSaved(LocalPluginContext context, Entity target)
    {
        if ((target.LogicalName != Tables.Email && target.LogicalName != Tables.PhoneCall) || target.Contains(ActivityStandardColumns.DirectionCode))
        {
            return;
        }

        if (ColumnDefaults.Of(context.SystemService, context.Context.OrganizationId, context.Clock.UtcNow, target.LogicalName, ActivityStandardColumns.DirectionCode) is bool outgoing)
        {
            target[ActivityStandardColumns.DirectionCode] = outgoing;
            context.Trace("The {0} names no direction: the column's default, {1}, is what it is saved with.", target.LogicalName, outgoing ? "outgoing" : "incoming");
        }
    }
}
