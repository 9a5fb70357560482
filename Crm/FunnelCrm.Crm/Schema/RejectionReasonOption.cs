namespace FunnelCrm.Crm.Schema;

/// <summary>Reason sales gives when rejecting a lead: the values of the global choice fcm_rejectionreason.</summary>
public static class RejectionReasonOption
{
    /// <summary>The global choice's name.</summary>
    public const string OptionSetName = "fcm_rejectionreason";

    /// <summary>No budget (Kein Budget).</summary>
    public const int NoBudget = 742100000;

    /// <summary>No need (Kein Bedarf).</summary>
    public const int NoNeed = 742100001;

    /// <summary>Not the decision maker (Kein Entscheider).</summary>
    public const int NotDecisionMaker = 742100002;

    /// <summary>Bad timing (Falscher Zeitpunkt).</summary>
    public const int BadTiming = 742100003;

    /// <summary>Wrong target group (Falsche Zielgruppe).</summary>
    public const int WrongTargetGroup = 742100004;

    /// <summary>Competitor (Wettbewerber).</summary>
    public const int Competitor = 742100005;

    /// <summary>Duplicate (Duplikat).</summary>
    public const int Duplicate = 742100006;

    /// <summary>Unreachable (Nicht erreichbar).</summary>
    public const int Unreachable = 742100007;

    /// <summary>Other (Sonstiges).</summary>
    public const int Other = 742100008;
}
