using FunnelCrm.Crm.Schema;

namespace FunnelCrm.Crm.Mapping;

/// <summary>The values of the fcm_stagetrigger option set: what moved a lead, as reps and reports see it.</summary>
public enum StageTriggerOption
{
    /// <summary>The lead was created.</summary>
    Created = OptionValues.Base,

    /// <summary>A marketing interaction engaged the lead.</summary>
    Interaction = OptionValues.Base + 1,

    /// <summary>The score reached the MQL threshold.</summary>
    ScoreThreshold = OptionValues.Base + 2,

    /// <summary>A meeting was booked with an MQL.</summary>
    MeetingBooked = OptionValues.Base + 3,

    /// <summary>A rep accepted the MQL.</summary>
    Accepted = OptionValues.Base + 4,

    /// <summary>A rep rejected the lead with a reason.</summary>
    Rejected = OptionValues.Base + 5,

    /// <summary>A rep qualified the lead to SQL.</summary>
    QualifiedToSql = OptionValues.Base + 6,

    /// <summary>The CRM's Qualify turned the lead into an opportunity.</summary>
    QualifyLead = OptionValues.Base + 7,

    /// <summary>The lead was disqualified.</summary>
    Disqualified = OptionValues.Base + 8,

    /// <summary>The lead was reactivated.</summary>
    Reactivated = OptionValues.Base + 9,

    /// <summary>The opportunity was won.</summary>
    OpportunityWon = OptionValues.Base + 10,

    /// <summary>The opportunity was lost.</summary>
    OpportunityLost = OptionValues.Base + 11,

    /// <summary>The opportunity was reopened.</summary>
    OpportunityReopened = OptionValues.Base + 12,

    /// <summary>An SLA was breached.</summary>
    SlaBreached = OptionValues.Base + 13,

    /// <summary>Someone set the stage by hand.</summary>
    Manual = OptionValues.Base + 14,

    /// <summary>The lead was merged into another.</summary>
    Merged = OptionValues.Base + 15,
}
