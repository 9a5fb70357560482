using System;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Crm.Leads;

/// <summary>The engine event a stage update stands for, read from its trigger, target stage and reason.</summary>
public static class StageEvents
{
    /// <summary>The event for a requested move.</summary>
    public static StageEvent For(TriggerOption trigger, FunnelStage target, string? reason, RejectionReason? rejection, DateTime now)
    {
        switch (trigger)
        {
            case TriggerOption.Created: return StageEvent.Created(now);
            case TriggerOption.Interaction: return StageEvent.Activity(now, engaging: true);
            case TriggerOption.ScoreThreshold: return StageEvent.ScoreChanged(now);
            case TriggerOption.MeetingBooked: return StageEvent.MeetingBooked(now);
            case TriggerOption.Accepted: return StageEvent.Accepted(now);
            case TriggerOption.Rejected: return StageEvent.Rejected(now, rejection, reason);
            case TriggerOption.QualifiedToSql:
            case TriggerOption.QualifyLead: return StageEvent.Qualified(now);
            case TriggerOption.OpportunityWon: return StageEvent.OpportunityWon(now);
            case TriggerOption.OpportunityLost: return StageEvent.OpportunityLost(now, reason);
            case TriggerOption.OpportunityReopened: return StageEvent.OpportunityReopened(now);
            case TriggerOption.SlaBreached: return StageEvent.SlaBreached(now, string.IsNullOrWhiteSpace(reason) ? "Acceptance SLA" : reason!);
            case TriggerOption.Disqualified: return StageEvent.Disqualified(now, reason);
            default: return StageEvent.Manual(now, target, reason);
        }
    }
}
