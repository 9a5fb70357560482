namespace FunnelCrm.Crm.Schema;

/// <summary>Scoring rule kind: the values of the global choice fcm_scoringrulekind.</summary>
public static class ScoringRuleKindOption
{
    /// <summary>The global choice's name.</summary>
    public const string OptionSetName = "fcm_scoringrulekind";

    /// <summary>Behaviour (Verhalten).</summary>
    public const int Behaviour = 742100000;

    /// <summary>Fit (Passung).</summary>
    public const int Fit = 742100001;

    /// <summary>Negative (Negativ).</summary>
    public const int Negative = 742100002;
}
