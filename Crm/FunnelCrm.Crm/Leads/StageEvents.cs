using System;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Crm.Leads;

/// <summary>The engine event a stage update stands for, read from its trigger, target stage and reason.</summary>
public static class StageEvents
{
    /// <summary>The event for a requested move.</summary>
    public static StageEvent For(StageTriggerOption trigger, FunnelStage target, string? reason, RejectionReason? rejection, DateTime now)
    {
        switch (trigger)
        {
            case StageTriggerOption.Created: return StageEvent.Created(now);
            case StageTriggerOption.Interaction: return StageEvent.Activity(now, engaging: true);
            case StageTriggerOption.ScoreThreshold: return StageEvent.ScoreChanged(now);
            case StageTriggerOption.MeetingBooked: return StageEvent.MeetingBooked(now);
            case StageTriggerOption.Accepted: return StageEvent.Accepted(now);
            case StageTriggerOption.Rejected: return StageEvent.Rejected(now, rejection, reason);
            case StageTriggerOption.QualifiedToSql:
            case StageTriggerOption.QualifyLead: return StageEvent.Qualified(now);
            case StageTriggerOption.OpportunityWon: return StageEvent.OpportunityWon(now);
            case StageTriggerOption.OpportunityLost: return StageEvent.OpportunityLost(now, reason);
            case StageTriggerOption.SlaBreached: return StageEvent.SlaBreached(now, string.IsNullOrWhiteSpace(reason) ? "Acceptance SLA" : reason!);
            case StageTriggerOption.Disqualified: return StageEvent.Disqualified(now, reason);
            default: return StageEvent.Manual(now, target, reason);
        }
    }
}
