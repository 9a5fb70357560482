namespace FunnelCrm.Crm.Schema;

/// <summary>The stage transition table: one immutable row per move.</summary>
public static class StageTransitionColumns
{
    /// <summary>The table's logical name.</summary>
    public const string Table = "fcm_stagetransition";

    /// <summary>The primary key.</summary>
    public const string Id = "fcm_stagetransitionid";

    /// <summary>Primary name.</summary>
    public const string Name = "fcm_name";

    /// <summary>The lead (cascade delete).</summary>
    public const string Lead = "fcm_leadid";

    /// <summary>The opportunity, when there is one.</summary>
    public const string Opportunity = "fcm_opportunityid";

    /// <summary>Stage before the move (empty for the first row).</summary>
    public const string FromStage = "fcm_fromstage";

    /// <summary>Stage after the move.</summary>
    public const string ToStage = "fcm_tostage";

    /// <summary>When the move happened.</summary>
    public const string TransitionOn = "fcm_transitionon";

    /// <summary>Who moved the lead.</summary>
    public const string MovedBy = "fcm_movedby";

    /// <summary>What moved it (option set fcm_stagetrigger).</summary>
    public const string Trigger = "fcm_trigger";

    /// <summary>The lead's score at the time.</summary>
    public const string ScoreThen = "fcm_scorethen";

    /// <summary>Why, in words.</summary>
    public const string Reason = "fcm_reason";

    /// <summary>Whether the lead entered this stage for the first time.</summary>
    public const string IsNetNew = "fcm_isnetnew";

    /// <summary>Revenue in base currency (won opportunities).</summary>
    public const string Revenue = "fcm_revenue";
}
