namespace FunnelCrm.Crm.Schema;

/// <summary>Stage trigger: the values of the global choice fcm_stagetrigger.</summary>
public static class StageTriggerOption
{
    /// <summary>The global choice's name.</summary>
    public const string OptionSetName = "fcm_stagetrigger";

    /// <summary>Created (Erstellt).</summary>
    public const int Created = 742100000;

    /// <summary>Interaction (Interaktion).</summary>
    public const int Interaction = 742100001;

    /// <summary>Score threshold reached (Score-Schwelle erreicht).</summary>
    public const int ScoreThreshold = 742100002;

    /// <summary>Meeting booked (Termin gebucht).</summary>
    public const int MeetingBooked = 742100003;

    /// <summary>Accepted by sales (Vom Vertrieb angenommen).</summary>
    public const int Accepted = 742100004;

    /// <summary>Rejected by sales (Vom Vertrieb abgelehnt).</summary>
    public const int Rejected = 742100005;

    /// <summary>Qualified to SQL (Zu SQL qualifiziert).</summary>
    public const int QualifiedToSql = 742100006;

    /// <summary>Lead qualified (Lead qualifiziert).</summary>
    public const int QualifyLead = 742100007;

    /// <summary>Disqualified (Disqualifiziert).</summary>
    public const int Disqualified = 742100008;

    /// <summary>Reactivated (Reaktiviert).</summary>
    public const int Reactivated = 742100009;

    /// <summary>Opportunity won (Verkaufschance gewonnen).</summary>
    public const int OpportunityWon = 742100010;

    /// <summary>Opportunity lost (Verkaufschance verloren).</summary>
    public const int OpportunityLost = 742100011;

    /// <summary>Opportunity reopened (Verkaufschance wiedereröffnet).</summary>
    public const int OpportunityReopened = 742100012;

    /// <summary>SLA breached (SLA verletzt).</summary>
    public const int SlaBreached = 742100013;

    /// <summary>Manual (Manuell).</summary>
    public const int Manual = 742100014;

    /// <summary>Merged (Zusammengeführt).</summary>
    public const int Merged = 742100015;

    /// <summary>Go-live baseline: an existing lead placed in the funnel when FunnelCrm went live (Ausgangsstand bei Einführung).</summary>
    public const int Baseline = 742100016;
}
