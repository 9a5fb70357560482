namespace FunnelCrm.Crm.Schema;

/// <summary>Columns of fcm_stagetransition (stage transition).</summary>
public static class StageTransitionColumns
{
    /// <summary>Primary key.</summary>
    public const string Id = "fcm_stagetransitionid";

    /// <summary>Status (active/inactive; open/completed/canceled for the activity).</summary>
    public const string StateCode = "statecode";

    /// <summary>Status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Owner.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>Created on.</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Currency of the money columns.</summary>
    public const string TransactionCurrencyId = "transactioncurrencyid";

    /// <summary>Name (text, 200 characters).</summary>
    public const string Name = "fcm_name";

    /// <summary>Lead (lookup to lead).</summary>
    public const string LeadId = "fcm_leadid";

    /// <summary>Opportunity (lookup to opportunity).</summary>
    public const string OpportunityId = "fcm_opportunityid";

    /// <summary>From stage (choice fcm_funnelstage).</summary>
    public const string FromStage = "fcm_fromstage";

    /// <summary>To stage (choice fcm_funnelstage).</summary>
    public const string ToStage = "fcm_tostage";

    /// <summary>Moved on (date and time, UTC).</summary>
    public const string TransitionOn = "fcm_transitionon";

    /// <summary>Moved by (lookup to systemuser).</summary>
    public const string MovedBy = "fcm_movedby";

    /// <summary>Trigger (choice fcm_stagetrigger).</summary>
    public const string Trigger = "fcm_trigger";

    /// <summary>Score then (decimal).</summary>
    public const string ScoreThen = "fcm_scorethen";

    /// <summary>Reason (text, 400 characters).</summary>
    public const string Reason = "fcm_reason";

    /// <summary>Net new (yes/no).</summary>
    public const string IsNetNew = "fcm_isnetnew";

    /// <summary>The move's place in its lead's history, 1 for the first: the ledger's own stable order.</summary>
    public const string Sequence = "fcm_sequence";

    /// <summary>Revenue (currency).</summary>
    public const string Revenue = "fcm_revenue";
}
