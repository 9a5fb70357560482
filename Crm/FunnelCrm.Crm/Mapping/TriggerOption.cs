using FunnelCrm.Crm.Schema;

namespace FunnelCrm.Crm.Mapping;

/// <summary>What moved a lead, as the fcm_stagetrigger choice holds it (values from <see cref="StageTriggerOption"/>).</summary>
public enum TriggerOption
{
    /// <summary>The lead was created.</summary>
    Created = StageTriggerOption.Created,

    /// <summary>A marketing interaction engaged the lead.</summary>
    Interaction = StageTriggerOption.Interaction,

    /// <summary>The score reached the MQL threshold.</summary>
    ScoreThreshold = StageTriggerOption.ScoreThreshold,

    /// <summary>A meeting was booked with an MQL.</summary>
    MeetingBooked = StageTriggerOption.MeetingBooked,

    /// <summary>A rep accepted the MQL.</summary>
    Accepted = StageTriggerOption.Accepted,

    /// <summary>A rep rejected the lead with a reason.</summary>
    Rejected = StageTriggerOption.Rejected,

    /// <summary>A rep qualified the lead to SQL.</summary>
    QualifiedToSql = StageTriggerOption.QualifiedToSql,

    /// <summary>The CRM's Qualify turned the lead into an opportunity.</summary>
    QualifyLead = StageTriggerOption.QualifyLead,

    /// <summary>The lead was disqualified.</summary>
    Disqualified = StageTriggerOption.Disqualified,

    /// <summary>The lead was reactivated.</summary>
    Reactivated = StageTriggerOption.Reactivated,

    /// <summary>The opportunity was won.</summary>
    OpportunityWon = StageTriggerOption.OpportunityWon,

    /// <summary>The opportunity was lost.</summary>
    OpportunityLost = StageTriggerOption.OpportunityLost,

    /// <summary>The opportunity was reopened.</summary>
    OpportunityReopened = StageTriggerOption.OpportunityReopened,

    /// <summary>An SLA was breached.</summary>
    SlaBreached = StageTriggerOption.SlaBreached,

    /// <summary>Someone set the stage by hand.</summary>
    Manual = StageTriggerOption.Manual,

    /// <summary>The lead was merged into another.</summary>
    Merged = StageTriggerOption.Merged,

    /// <summary>An existing lead was placed in the funnel when FunnelCrm went live (not a move, not net-new).</summary>
    Baseline = StageTriggerOption.Baseline,
}
