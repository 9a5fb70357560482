using System;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Mapping;

/// <summary>Maps the engine's stages, grades, triggers, rejection reasons and interaction types to option set values and back.</summary>
public static class FunnelOptions
{
    private static readonly string[] InteractionSubtypes =
    {
        InteractionTypes.WebVisit, InteractionTypes.Download, InteractionTypes.NewsletterSignup,
        InteractionTypes.WebinarRegistration, InteractionTypes.WebinarAttendance, InteractionTypes.EventAttendance,
        InteractionTypes.DemoRequest, InteractionTypes.Unsubscribe, InteractionTypes.Chat, InteractionTypes.EmailClick,
        InteractionTypes.Social, InteractionTypes.CartAdd,
    };

    /// <summary>The fcm_funnelstage value of a stage.</summary>
    public static OptionSetValue Stage(FunnelStage stage) => new OptionSetValue(OptionValues.Base + (int)stage);

    /// <summary>The stage of an fcm_funnelstage value, or null for an empty or unknown value.</summary>
    public static FunnelStage? Stage(OptionSetValue? value)
    {
        if (value == null)
        {
            return null;
        }

        var index = value.Value - OptionValues.Base;
        return index >= 0 && index < FunnelStages.Count ? (FunnelStage)index : (FunnelStage?)null;
    }

    /// <summary>The fcm_grade value of a grade letter A-D.</summary>
    public static OptionSetValue Grade(char grade) => new OptionSetValue(OptionValues.Base + (char.ToUpperInvariant(grade) - 'A'));

    /// <summary>The fcm_stagetrigger value.</summary>
    public static OptionSetValue Trigger(StageTriggerOption trigger) => new OptionSetValue((int)trigger);

    /// <summary>The trigger option of an fcm_stagetrigger value, or null.</summary>
    public static StageTriggerOption? Trigger(OptionSetValue? value) =>
        value != null && Enum.IsDefined(typeof(StageTriggerOption), value.Value) ? (StageTriggerOption)value.Value : (StageTriggerOption?)null;

    /// <summary>How reps read an engine transition's trigger.</summary>
    public static StageTriggerOption TriggerOf(StageTransition transition)
    {
        switch (transition.Trigger)
        {
            case StageTrigger.Created: return StageTriggerOption.Created;
            case StageTrigger.ScoreChanged: return StageTriggerOption.ScoreThreshold;
            case StageTrigger.Activity: return transition.To == FunnelStage.Mql ? StageTriggerOption.ScoreThreshold : StageTriggerOption.Interaction;
            case StageTrigger.MeetingBooked: return StageTriggerOption.MeetingBooked;
            case StageTrigger.Accepted: return StageTriggerOption.Accepted;
            case StageTrigger.Rejected: return StageTriggerOption.Rejected;
            case StageTrigger.Qualified:
            case StageTrigger.BantChanged: return transition.To == FunnelStage.Opportunity ? StageTriggerOption.QualifyLead : StageTriggerOption.QualifiedToSql;
            case StageTrigger.OpportunityWon: return StageTriggerOption.OpportunityWon;
            case StageTrigger.OpportunityLost: return StageTriggerOption.OpportunityLost;
            case StageTrigger.SlaBreached: return StageTriggerOption.SlaBreached;
            case StageTrigger.Disqualified: return StageTriggerOption.Disqualified;
            default: return StageTriggerOption.Manual;
        }
    }

    /// <summary>The fcm_rejectionreason value of a reason.</summary>
    public static OptionSetValue Rejection(RejectionReason reason) => new OptionSetValue(OptionValues.Base + (int)reason);

    /// <summary>The reason of an fcm_rejectionreason value, or null.</summary>
    public static RejectionReason? Rejection(OptionSetValue? value)
    {
        if (value == null)
        {
            return null;
        }

        var index = value.Value - OptionValues.Base;
        return Enum.IsDefined(typeof(RejectionReason), index) ? (RejectionReason)index : (RejectionReason?)null;
    }

    /// <summary>The scoring subtype of an fcm_interactiontype value, or null.</summary>
    public static string? InteractionSubtype(OptionSetValue? value)
    {
        if (value == null)
        {
            return null;
        }

        var index = value.Value - OptionValues.Base;
        return index >= 0 && index < InteractionSubtypes.Length ? InteractionSubtypes[index] : null;
    }

    /// <summary>The fcm_interactiontype value of a scoring subtype.</summary>
    public static OptionSetValue InteractionType(string subtype)
    {
        var index = Array.IndexOf(InteractionSubtypes, subtype);
        if (index < 0)
        {
            throw new ArgumentException("Unknown interaction type '" + subtype + "'.", nameof(subtype));
        }

        return new OptionSetValue(OptionValues.Base + index);
    }
}
