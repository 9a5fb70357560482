using System;
using System.Collections.Generic;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Mapping;

/// <summary>Maps the engine's stages, grades, triggers, rejection reasons and interaction types to option set values and back.</summary>
public static class FunnelOptions
{
    /// <summary>The first option value of every FunnelCrm choice (the publisher's option value prefix 74210).</summary>
    public const int Base = FunnelStageOption.Known;

    private static readonly string[] InteractionSubtypes =
    {
        InteractionTypes.WebVisit, InteractionTypes.Download, InteractionTypes.NewsletterSignup,
        InteractionTypes.WebinarRegistration, InteractionTypes.WebinarAttendance, InteractionTypes.EventAttendance,
        InteractionTypes.DemoRequest, InteractionTypes.Unsubscribe, InteractionTypes.Chat, InteractionTypes.EmailClick,
    };

    private static readonly int[] RejectionValues =
    {
        RejectionReasonOption.Unreachable, RejectionReasonOption.NoBudget, RejectionReasonOption.NoNeed,
        RejectionReasonOption.NotDecisionMaker, RejectionReasonOption.BadTiming, RejectionReasonOption.WrongTargetGroup,
        RejectionReasonOption.Competitor, RejectionReasonOption.Duplicate, RejectionReasonOption.Other,
    };

    /// <summary>The fcm_funnelstage value of a stage.</summary>
    public static OptionSetValue Stage(FunnelStage stage) => new OptionSetValue(Base + (int)stage);

    /// <summary>The stage of an fcm_funnelstage value, or null for an empty or unknown value.</summary>
    public static FunnelStage? Stage(OptionSetValue? value)
    {
        if (value == null)
        {
            return null;
        }

        var index = value.Value - Base;
        return index >= 0 && index < FunnelStages.Count ? (FunnelStage)index : (FunnelStage?)null;
    }

    /// <summary>The fcm_grade value of a grade letter A-D.</summary>
    public static OptionSetValue Grade(char grade) => new OptionSetValue(Base + (char.ToUpperInvariant(grade) - 'A'));

    /// <summary>The fcm_stagetrigger value.</summary>
    public static OptionSetValue Trigger(TriggerOption trigger) => new OptionSetValue((int)trigger);

    /// <summary>The trigger option of an fcm_stagetrigger value, or null.</summary>
    public static TriggerOption? Trigger(OptionSetValue? value) =>
        value != null && Enum.IsDefined(typeof(TriggerOption), value.Value) ? (TriggerOption)value.Value : (TriggerOption?)null;

    /// <summary>How reps read an engine transition's trigger.</summary>
    public static TriggerOption TriggerOf(StageTransition transition)
    {
        switch (transition.Trigger)
        {
            case StageTrigger.Created: return TriggerOption.Created;
            case StageTrigger.ScoreChanged: return TriggerOption.ScoreThreshold;
            case StageTrigger.Activity: return transition.To == FunnelStage.Mql ? TriggerOption.ScoreThreshold : TriggerOption.Interaction;
            case StageTrigger.MeetingBooked: return TriggerOption.MeetingBooked;
            case StageTrigger.Accepted: return TriggerOption.Accepted;
            case StageTrigger.Rejected: return TriggerOption.Rejected;
            case StageTrigger.Qualified:
            case StageTrigger.BantChanged: return transition.To == FunnelStage.Opportunity ? TriggerOption.QualifyLead : TriggerOption.QualifiedToSql;
            case StageTrigger.OpportunityWon: return TriggerOption.OpportunityWon;
            case StageTrigger.OpportunityLost: return TriggerOption.OpportunityLost;
            case StageTrigger.OpportunityReopened: return TriggerOption.OpportunityReopened;
            case StageTrigger.SlaBreached: return TriggerOption.SlaBreached;
            case StageTrigger.Disqualified: return TriggerOption.Disqualified;
            default: return TriggerOption.Manual;
        }
    }

    /// <summary>The fcm_rejectionreason value of a reason.</summary>
    public static OptionSetValue Rejection(RejectionReason reason) => new OptionSetValue(RejectionValues[(int)reason]);

    /// <summary>The reason of an fcm_rejectionreason value, or null.</summary>
    public static RejectionReason? Rejection(OptionSetValue? value)
    {
        if (value == null)
        {
            return null;
        }

        var index = Array.IndexOf(RejectionValues, value.Value);
        return index < 0 ? (RejectionReason?)null : (RejectionReason)index;
    }

    /// <summary>The interaction subtype words the option set has, in its order.</summary>
    public static IReadOnlyList<string> InteractionSubtypeWords => InteractionSubtypes;

    /// <summary>The scoring subtype of an fcm_interactiontype value, or null.</summary>
    public static string? InteractionSubtype(OptionSetValue? value)
    {
        if (value == null)
        {
            return null;
        }

        var index = value.Value - Base;
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

        return new OptionSetValue(Base + index);
    }
}
